/**
 * npm run bench (part): what a phone stores and holds in memory of a large directory, per number of
 * languages it keeps besides German. For realistic directories (copies of the editorial sample, every
 * text in all eleven languages, see realistic-directory.ts): the bytes of the parts a phone stores
 * (the shared parts, German and its languages), and the JS heap that directory takes in a Chromium
 * page, as the Merkliste, visit mode, the youth office's emergency duty and the timeline hold it
 * (joined and checked as the sync does, then parsed in a blank page of Debian's Chromium and kept;
 * the page's heap after a garbage collection, minus the blank page's).
 * The directory cap (MAX_DIRECTORY_BYTES) is set from these figures (README "A whole Kreis on a phone").
 * A benchmark, not a test: it never fails on numbers.
 *
 * Usage: npm run bench [-- services...]   (default: 202 5000)
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { parseDirectory, type LanguageCode } from '../../domain/directory/schema';
import type { LanguageEntry } from '../../domain/publication/by-language';
import { joinDirectory } from '../../domain/publication/parts';
import { MAX_DIRECTORY_BYTES } from '../../domain/sync/manifest';
import { partsFor } from '../../domain/sync/parts-manifest';
import { publishDirectory } from '../directory/publish';
import { loadSample, scaledDirectory, translateAll } from './realistic-directory';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** The languages a phone keeps, in the order a visit worker might add them (the largest first). */
const LANGUAGES: LanguageCode[] = ['uk', 'ru', 'ar'];
const sizes = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(Number);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The JS heap (bytes) a blank Chromium page needs to hold `json` parsed, after garbage collections. */
async function heapOf(browser: Browser, json: string): Promise<number> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    const used = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const before = await used();
    await page.evaluate((text) => {
      (globalThis as { held?: unknown }).held = JSON.parse(text);
    }, json);
    return (await used()) - before;
  } finally {
    await page.close();
  }
}

/** The directory a phone keeping these languages stores, joined and checked as the sync does, as JSON. */
function storedDirectory(
  manifest: ReturnType<typeof publishDirectory>['parts']['manifest'],
  bodies: Map<string, string>,
  languages: LanguageCode[],
): string {
  const read = (sha256: string): unknown => JSON.parse(bodies.get(sha256)!);
  const texts = new Map(
    languages.map((language) => [
      language,
      (manifest.texts[language] ?? []).map((part) => read(part.sha256) as LanguageEntry[]),
    ]),
  );
  const joined = joinDirectory(
    manifest.shared.map((part) => read(part.sha256)),
    texts,
    manifest,
  );
  const checked = parseDirectory(joined);
  if (!checked.ok) throw new Error(`the joined directory is invalid: ${checked.issues[0]?.message ?? ''}`);
  return JSON.stringify(checked.directory);
}

async function main(): Promise<void> {
  const sample = await loadSample(ROOT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    for (const size of sizes.length > 0 ? sizes : [202, 5000]) {
      const published = publishDirectory(
        translateAll(scaledDirectory(sample, size)),
        new Date('2026-12-01T08:00:00Z'),
        Infinity,
        Infinity,
      );
      const { manifest } = published.parts;
      const services = published.manifest.counts.services;
      const bodies = new Map(published.parts.files.map((file) => [file.path.slice(6, 70), file.body]));
      console.log(`\n${services} services, every text in all eleven languages; cap ${mb(MAX_DIRECTORY_BYTES)}`);
      console.log('| languages kept | stored (raw JSON of the parts) | JS heap of the directory held |\n|---|---|---|');
      for (let count = 0; count <= LANGUAGES.length; count++) {
        const languages = LANGUAGES.slice(0, count);
        const parts = partsFor(manifest, languages);
        const stored = parts.reduce((n, part) => n + part.bytes, 0);
        const held = await heapOf(browser, storedDirectory(manifest, bodies, languages));
        const label = count === 0 ? 'German only' : `German + ${languages.join(', ')}`;
        const over = stored > MAX_DIRECTORY_BYTES ? ' (over the cap)' : '';
        console.log(`| ${label} | ${mb(stored)}${over} | ${mb(held)} |`);
      }
      const perService = (bytes: number) => Math.round(bytes / services);
      const perLanguage = Object.values(published.parts.languageBytes).sort((a, b) => b - a);
      const twoLargest = published.parts.sharedBytes + (perLanguage[0] ?? 0) + (perLanguage[1] ?? 0);
      console.log(
        `Bytes per service: shared ${perService(published.parts.sharedBytes)}, largest language ${perService(perLanguage[0] ?? 0)}; ` +
          `the build's check (German + two largest languages) ${mb(twoLargest)}: within the cap up to about ` +
          `${Math.floor((MAX_DIRECTORY_BYTES / twoLargest) * services).toLocaleString('en')} services like these; ` +
          `the whole file ${mb(published.manifest.bytes)}.`,
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
