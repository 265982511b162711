/**
 * npm run bench (part): search and match-and-rank over 10,000 and 20,000 synthetic services, the size
 * a whole federal state's directory could reach. Prints median and 95th percentile per typical query
 * and answer set, the index build time, and what a phone does instead after a cold start: turn the
 * stored index (after a structured-clone trip, as IndexedDB gives it back) into a searchable one.
 * Writes the numbers to .tmp/bench/search.json. A benchmark, not a test: it never fails on slow numbers.
 *
 * Usage: tsx src/tools/bench/search.bench.ts [services] [repetitions]   (defaults: 10000 and 20000, 30)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { fileURLToPath } from 'node:url';
import taxonomy from '../../domain/taxonomy.json';
import type { Answers } from '../../domain/guide/answers';
import { rankResults } from '../../domain/guide/rank';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { passesFilters, type SearchFilters } from '../../domain/search/filters';
import {
  buildSearchData,
  createDirectorySearch,
  searchFromData,
  type SearchData,
  type TopicLabels,
} from '../../domain/search/search-index';
import { loadSource } from '../directory/load-source';
import { benchOptions } from './options';
import { syntheticEntries } from './synthetic-services';

// One size when given (`search.bench.ts 5000 10`), else both sizes the README reports.
const [servicesArg, repetitionsArg] = benchOptions(process.argv.slice(2)).numbers;
const SIZES = servicesArg !== undefined ? [servicesArg] : [10_000, 20_000];
const REPETITIONS = repetitionsArg ?? 30;
const OUT_DIR = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..'), '.tmp/bench');

const QUERIES: { query: string; filters?: SearchFilters }[] = [
  { query: 'kita platz' },
  { query: 'kita platz', filters: { municipality: 'boenen' } },
  { query: 'hebame' },
  { query: 'beratung' },
  { query: 'schulden' },
  { query: 'Froendenberg' },
  { query: 'tagesmutter', filters: { free: true, openNow: true } },
  { query: 'مساعدة' }, // Arabic: help
  { query: 'ausbildung werne' },
  { query: 'erziehungsberatungsstelle' },
  { query: 'erziehungsberatung lünen' }, // a town in the query: the town filter
  { query: 'mein sohn kifft' }, // stop words, a verb form, the vocabulary
  { query: 'kitaplatz' }, // a compound split in the query
  { query: 'долги' }, // Russian, through the vocabulary
  { query: 'my baby cries all night' },
];

const ANSWER_SETS: { label: string; answers: Answers }[] = [
  {
    label: 'Holzwickede · Schwangerschaft',
    answers: { municipality: 'holzwickede', lifeStages: ['pregnancy'], topics: [] },
  },
  {
    label: 'Lünen · Baby · Schreien',
    answers: { municipality: 'luenen', lifeStages: ['baby'], topics: ['baby-care'] },
  },
  {
    label: 'Werne · 16 J. · Ausbildung',
    answers: { municipality: 'werne', lifeStages: ['transition'], topics: ['work-training'] },
  },
  {
    label: 'Bönen · Kita-Kind · Kita',
    answers: { municipality: 'boenen', lifeStages: ['preschool'], topics: ['childcare'] },
  },
  { label: 'Krise, jemand in Gefahr', answers: { lifeStages: [], topics: ['child-protection'], urgent: true } },
  { label: 'nichts beantwortet', answers: { lifeStages: [], topics: [] } },
];

interface Row {
  name: string;
  results: number;
  medianMs: number;
  p95Ms: number;
  /** The same in CPU time of this process: what the work costs when other processes share the machine. */
  cpuMedianMs: number;
  cpuP95Ms: number;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function measure(name: string, repetitions: number, run: () => number): Row {
  const times: number[] = [];
  const cpu: number[] = [];
  let results = 0;
  run(); // warm-up: the first call pays for JIT compilation, as a phone does only once
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    results = run();
    const used = process.cpuUsage(startCpu);
    times.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return {
    name,
    results,
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    cpuMedianMs: percentile(cpu, 50),
    cpuP95Ms: percentile(cpu, 95),
  };
}

const ms = (value: number) => `${value.toFixed(2).padStart(9)} ms`;

function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(44)} ${'results'.padStart(7)}    median         p95  CPU median     CPU p95`);
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(44)} ${String(row.results).padStart(7)} ${ms(row.medianMs)} ${ms(row.p95Ms)} ${ms(row.cpuMedianMs)} ${ms(row.cpuP95Ms)}`,
    );
  }
}

/** Bytes of the stored index as structured clone writes it (V8's serializer, as IndexedDB uses). */
const storedBytes = (data: SearchData) => serialize(data).byteLength;

async function measureSize(services: number, vocabulary: Parameters<typeof createDirectorySearch>[3]) {
  const entries = syntheticEntries(services);
  const topicLabels: TopicLabels = Object.fromEntries(taxonomy.topics.map((t) => [t.code, [t.de, t.en]]));
  const towns = Object.fromEntries(taxonomy.municipalities.map((m) => [m.code, m.name]));
  // Tuesday 10:00 in Berlin: many services open, so "open now" has work to do.
  const now = berlinMoment(new Date('2026-11-10T10:00:00+01:00'));

  const build = measure('index build', services > 10_000 ? 3 : Math.max(3, Math.round(REPETITIONS / 6)), () => {
    createDirectorySearch(entries, topicLabels, towns, vocabulary);
    return entries.length;
  });
  const data = buildSearchData(entries, topicLabels, towns, vocabulary);
  const stored = structuredClone(data);
  const load = measure('stored index → searchable (cold start)', 10, () => {
    searchFromData(stored);
    return entries.length;
  });
  const search = createDirectorySearch(entries, topicLabels, towns, vocabulary);

  const searchRows = QUERIES.map(({ query, filters }) =>
    measure(filters ? `${query} + ${JSON.stringify(filters)}` : query, REPETITIONS, () => {
      const found = search.search(query);
      return filters ? found.filter(({ entry }) => passesFilters(entry, filters, now)).length : found.length;
    }),
  );
  const rankRows = ANSWER_SETS.map(({ label, answers }) =>
    measure(label, REPETITIONS, () => rankResults(entries, answers, { language: 'tr', now }).length),
  );
  const openNowRow = measure('"open now" over every service', REPETITIONS, () => {
    const filters: SearchFilters = { openNow: true };
    return entries.filter((entry) => passesFilters(entry, filters, now)).length;
  });

  console.log(
    `\nSearch and ranking benchmark: ${services} synthetic services, ${REPETITIONS} repetitions each (Node ${process.version})`,
  );
  printTable('Search index', [build, load]);
  console.log(`  stored index about ${(storedBytes(data) / 1e6).toFixed(1)} MB (${data.index.terms.length} terms)`);
  printTable('Search (query → results best first, with filters where given)', searchRows);
  printTable('Match and rank (guide answers → grouped, ranked results)', [...rankRows, openNowRow]);
  const all = [...searchRows, ...rankRows, openNowRow];
  console.log(
    `  worst p95 of queries ${Math.max(...searchRows.map((r) => r.p95Ms)).toFixed(1)} ms (CPU ${Math.max(...searchRows.map((r) => r.cpuP95Ms)).toFixed(1)} ms), ` +
      `of ranking ${Math.max(...rankRows.map((r) => r.p95Ms)).toFixed(1)} ms (CPU ${Math.max(...rankRows.map((r) => r.cpuP95Ms)).toFixed(1)} ms)`,
  );
  return {
    services,
    build,
    load,
    storedBytes: storedBytes(data),
    search: searchRows,
    rank: rankRows,
    openNow: openNowRow,
    all: all.length,
  };
}

async function main(): Promise<void> {
  // The editorial vocabulary of directory/guide.yaml, as the phone indexes it.
  const vocabulary = (await loadSource(join(OUT_DIR, '../../directory'))).directory?.guide?.vocabulary ?? [];
  const sizes = [];
  for (const services of SIZES) sizes.push(await measureSize(services, vocabulary));
  await mkdir(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, 'search.json');
  await writeFile(
    file,
    `${JSON.stringify({ repetitions: REPETITIONS, node: process.version, at: new Date().toISOString(), sizes }, null, 2)}\n`,
  );
  console.log(`\nNumbers written to ${file}`);
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exitCode = 1;
});
