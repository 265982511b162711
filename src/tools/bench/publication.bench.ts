/**
 * npm run bench (part): the directory in parts, measured on realistic directories (copies of the
 * editorial sample, see realistic-directory.ts): the build's time, what a Turkish-speaking family
 * downloads on its first visit (the whole directory.json before the parts; manifest, shared parts and
 * Turkish parts now), bytes per service per language, and what one changed service costs afterwards.
 * Each published file is compressed on its own, as a host sends it (gzip level 9, brotli quality 11).
 * A benchmark, not a test: it never fails on numbers.
 *
 * Usage: npm run bench [-- services...]   (default: 202 5000), each as in the sample and with every
 * text in all eleven languages.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { LanguageCode, SourceDirectory } from '../../domain/directory/schema';
import { languagesToHold, partsFor } from '../../domain/sync/parts-manifest';
import { publishDirectory, type Published } from '../directory/publish';
import { loadSample, scaledDirectory, translateAll } from './realistic-directory';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FAMILY: LanguageCode = 'tr';
const sizes = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'))
  .map(Number);

interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}
function measure(text: string): Bytes {
  return {
    raw: Buffer.byteLength(text, 'utf8'),
    gzip: gzipSync(text, { level: 9 }).length,
    brotli: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const kb = (n: number) => `${(n / 1024).toFixed(n < 10_240 ? 1 : 0)} KB`;
const row = (label: string, b: Bytes, extra = '') =>
  `| ${label} | ${kb(b.raw)} | ${kb(b.gzip)} | ${kb(b.brotli)} |${extra}`;

/** Bytes of the parts a phone holding `languages` downloads, those it already holds (`held`) left out. */
function download(published: Published, languages: string[], held = new Set<string>()): Bytes & { files: number } {
  const manifest = published.parts.manifest;
  const bodies = new Map(published.parts.files.map((file) => [file.path.slice(6, 70), file.body]));
  let total = measure(published.parts.manifestJson);
  let files = 1;
  for (const part of partsFor(manifest, languagesToHold(manifest, languages))) {
    if (held.has(part.sha256)) continue;
    total = add(total, measure(bodies.get(part.sha256)!));
    files++;
  }
  return { ...total, files };
}

function publishTimed(source: SourceDirectory): { published: Published; ms: number } {
  const start = performance.now();
  const published = publishDirectory(source, new Date('2026-12-01T08:00:00Z'), Infinity);
  return { published, ms: performance.now() - start };
}

/** One service's description changed, as an editor would. */
function oneChanged(source: SourceDirectory): SourceDirectory {
  const changed = structuredClone(source);
  const service = changed.organizations[Math.floor(changed.organizations.length / 2)]!.services[0]!;
  service.description = { ...service.description, de: `${service.description.de} Neu: Termine auch samstags.` };
  return changed;
}

async function main(): Promise<void> {
  const sample = await loadSample(ROOT);
  for (const size of sizes.length > 0 ? sizes : [202, 5000]) {
    for (const translated of [false, true]) {
      const scaled = scaledDirectory(sample, size);
      const source = translated ? translateAll(scaled) : scaled;
      const { published, ms } = publishTimed(source);
      const services = published.manifest.counts.services;
      const before = add(measure(published.manifestJson), measure(published.json));
      const after = download(published, [FAMILY]);
      const held = new Set(partsFor(published.parts.manifest, [FAMILY]).map((part) => part.sha256));
      const changed = publishTimed(oneChanged(source)).published;
      const update = download(changed, [FAMILY], held);
      const whole = add(measure(changed.manifestJson), measure(changed.json));

      console.log(
        `\n${services} services (${published.manifest.counts.organizations} organizations), ` +
          `${translated ? 'every text in all eleven languages' : 'translations as in the sample'}; ` +
          `build (publish step) ${(ms / 1000).toFixed(1)} s, ${published.parts.manifest.shared.length - 1} buckets`,
      );
      console.log('| what | raw | gzip | brotli |\n|---|---|---|---|');
      console.log(row('first visit, Turkish, before: directory.json + manifest', before));
      console.log(row(`first visit, Turkish, in parts: manifest + ${after.files - 1} parts`, after));
      console.log(row('one service changed, before: the whole file again', whole));
      console.log(row(`one service changed, in parts: manifest + ${update.files - 1} part(s)`, update));
      const perLanguage = Object.entries(published.parts.languageBytes)
        .map(([language, bytes]) => `${language} ${Math.round(bytes / services)}`)
        .join(', ');
      console.log(
        `bytes per service (raw): shared with German ${Math.round(published.parts.sharedBytes / services)}; ${perLanguage}`,
      );
    }
  }
}

await main();
