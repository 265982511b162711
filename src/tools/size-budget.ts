/**
 * Size budget for `npm test`: prints the gzip size of what the first screen loads (the entry
 * script and every chunk it imports statically, plus its CSS) and of all JavaScript, and fails
 * when the first screen's JavaScript exceeds the budget in package.json ("sizeBudget").
 *
 * Usage: npm run size  (after npm run build)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeReport {
  /** Gzip size of the lazy chunks named in the budget (file name up to the hash), with their files. */
  chunks?: Record<string, { files: string[]; gzip: number }>;
  firstScreenJs: string[];
  firstScreenCss: string[];
  firstScreenJsGzip: number;
  firstScreenCssGzip: number;
  allJsGzip: number;
  allJsCount: number;
}

const gzipSize = (bytes: Buffer): number => gzipSync(bytes, { level: 9 }).length;

/** Chunks a built module imports statically (`import … from "./x.js"` or `import "./x.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** Script and stylesheet paths the built index.html loads before anything else. */
export function entryFiles(html: string): { scripts: string[]; styles: string[] } {
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    if (tag.startsWith('<script') && /type="module"/.test(tag)) {
      const src = attr(tag, 'src');
      if (src) scripts.push(src);
    } else if (/rel="modulepreload"/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) scripts.push(href);
    } else if (/rel="stylesheet"/.test(tag)) {
      const href = attr(tag, 'href');
      if (href) styles.push(href);
    }
  }
  return { scripts, styles };
}

/** Gzip size of each named lazy chunk: every JS file whose name is the chunk's name and a hash. */
export function measureChunks(
  distDir: string,
  names: readonly string[],
): Record<string, { files: string[]; gzip: number }> {
  const files = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js'));
  return Object.fromEntries(
    names.map((name) => {
      const own = files.filter((f) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(f)).map((f) => `assets/${f}`);
      return [name, { files: own, gzip: own.reduce((n, f) => n + gzipSize(readFileSync(join(distDir, f))), 0) }];
    }),
  );
}

export function measure(distDir: string): SizeReport {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const { scripts, styles } = entryFiles(html);
  const seen = new Set<string>();
  const queue = scripts.map((s) => s.replace(/^\//, ''));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const imported of staticImports(code)) queue.push(posix.join(posix.dirname(file), imported));
  }
  const firstScreenJs = [...seen].sort();
  const firstScreenCss = styles.map((s) => s.replace(/^\//, ''));
  const sum = (files: string[]) => files.reduce((total, f) => total + gzipSize(readFileSync(join(distDir, f))), 0);
  const allJs = readdirSync(join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  return {
    firstScreenJs,
    firstScreenCss,
    firstScreenJsGzip: sum(firstScreenJs),
    firstScreenCssGzip: sum(firstScreenCss),
    allJsGzip: sum(allJs),
    allJsCount: allJs.length,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function main(): void {
  const distDir = 'dist';
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error('dist/index.html is missing: run `npm run build` first.');
    process.exit(1);
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
    sizeBudget: { firstScreenJsGzipKb: number; chunksGzipKb?: Record<string, number> };
  };
  const budget = pkg.sizeBudget.firstScreenJsGzipKb * 1024;
  const report = measure(distDir);
  console.log('Size budget (gzip):');
  console.log(`  first screen JS   ${kb(report.firstScreenJsGzip).padStart(9)}  (${report.firstScreenJs.join(', ')})`);
  console.log(`  first screen CSS  ${kb(report.firstScreenCssGzip).padStart(9)}`);
  console.log(`  all JS            ${kb(report.allJsGzip).padStart(9)}  (${report.allJsCount} files)`);
  console.log(`  budget            ${kb(budget).padStart(9)}  for the first screen's JS (package.json sizeBudget)`);
  let over = report.firstScreenJsGzip > budget;
  if (over)
    console.error(`First-screen JavaScript is ${kb(report.firstScreenJsGzip)}, over the budget of ${kb(budget)}.`);
  const chunkBudgets = pkg.sizeBudget.chunksGzipKb ?? {};
  for (const [name, chunk] of Object.entries(measureChunks(distDir, Object.keys(chunkBudgets)))) {
    const limit = chunkBudgets[name]! * 1024;
    console.log(
      `  chunk ${name.padEnd(12)} ${kb(chunk.gzip).padStart(9)}  (budget ${kb(limit)}; ${chunk.files.join(', ') || 'no file'})`,
    );
    if (chunk.files.length === 0) {
      console.error(`No chunk named ${name} in the build: rename its budget in package.json.`);
      over = true;
    } else if (chunk.gzip > limit) {
      console.error(`The ${name} chunk is ${kb(chunk.gzip)}, over its budget of ${kb(limit)}.`);
      over = true;
    }
  }
  if (over) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
