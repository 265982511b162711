/**
 * Inside src/app (and the other source folders), no folder imports from a folder that imports it back, directly
 * or around a longer loop: shared building blocks live in ui/, the frame around every screen in frame/, and a
 * feature folder (guide, results, search, visit, …) uses them, never the other way round. The files at a
 * folder's top (App.tsx, main.tsx, lazy-screens.ts in src/app) compose the folders and are left
 * out. The test reads every static and dynamic import (also of CSS and JSON) and names each loop it finds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** `from '…'`, `import '…'`, `import('…')`: every relative module a file names. */
function importedPaths(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    found.push(match[1]!);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder directly under `root` that holds `path`, or undefined for a file at root's top or outside it. */
function folderOf(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel.startsWith('..')) return undefined;
  const isFolder = existsSync(path) && statSync(path).isDirectory();
  const parts = rel.split(sep);
  return parts.length > 1 || isFolder ? parts[0] : undefined;
}

type Edges = Map<string, Map<string, string>>;

/** folder → folder it imports → one example ("guide/QuestionScreen.tsx imports ui/Icon"). */
function folderImports(root: string): Edges {
  const edges: Edges = new Map();
  for (const file of sourceFiles(root)) {
    const from = folderOf(root, file);
    if (!from) continue;
    for (const spec of importedPaths(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec);
      const to = folderOf(root, target);
      if (!to || to === from) continue;
      const targets = edges.get(from) ?? new Map<string, string>();
      edges.set(from, targets);
      if (!targets.has(to)) targets.set(to, `${relative(root, file)} imports ${relative(root, target)}`);
    }
  }
  return edges;
}

/** Every loop of folders, each named once as "a → b → a (a/x.ts imports b/y; b/z.ts imports a/w)". */
function folderCycles(edges: Edges): string[] {
  const cycles = new Set<string>();
  const names = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((t) => [...t.keys()])])].sort();
  const visit = (start: string, path: string[]) => {
    const last = path[path.length - 1]!;
    for (const next of [...(edges.get(last)?.keys() ?? [])].sort()) {
      if (next === start) {
        const steps = path.map((folder, i) => edges.get(folder)!.get(path[i + 1] ?? start)!);
        cycles.add(`${[...path, start].join(' → ')} (${steps.join('; ')})`);
      } else if (next > start && !path.includes(next)) {
        visit(start, [...path, next]);
      }
    }
  };
  for (const start of names) visit(start, [start]);
  return [...cycles];
}

describe('no folder imports a folder that imports it back', () => {
  it('the check names a direct loop and a longer one', () => {
    const edges: Edges = new Map([
      ['results', new Map([['speech', 'results/Card.tsx imports speech/ReadAloud']])],
      ['speech', new Map([['results', 'speech/text.ts imports results/links']])],
      ['a', new Map([['b', 'a/x.ts imports b/y']])],
      ['b', new Map([['c', 'b/y.ts imports c/z']])],
      ['c', new Map([['a', 'c/z.ts imports a/x']])],
    ]);
    expect(folderCycles(edges)).toEqual([
      'a → b → c → a (a/x.ts imports b/y; b/y.ts imports c/z; c/z.ts imports a/x)',
      'results → speech → results (results/Card.tsx imports speech/ReadAloud; speech/text.ts imports results/links)',
    ]);
    expect(
      importedPaths(`import { a } from '../ui/Icon';\nimport './x.css';\nconst l = () => import("./lazy");`),
    ).toEqual(['../ui/Icon', './x.css', './lazy']);
  });

  for (const folder of ['src/app', 'src/domain', 'src/tools']) {
    it(`${folder} has no loop between its folders`, () => {
      expect(folderCycles(folderImports(join(ROOT, folder)))).toEqual([]);
    });
  }
});
