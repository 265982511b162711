/**
 * npm run bench (part): search and match-and-rank over 10,000 synthetic services, the size a whole
 * federal state's directory could reach. Prints median and 95th percentile per typical query and
 * answer set, and the index build time; writes the numbers to .tmp/bench/search.json. A benchmark,
 * not a test: it never fails on slow numbers.
 *
 * Usage: tsx src/tools/bench/search.bench.ts [services] [repetitions]   (defaults: 10000, 30)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import taxonomy from '../../domain/taxonomy.json';
import type { Answers } from '../../domain/guide/answers';
import { rankResults } from '../../domain/guide/rank';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { passesFilters, type SearchFilters } from '../../domain/search/filters';
import { createDirectorySearch, type TopicLabels } from '../../domain/search/search-index';
import { loadSource } from '../directory/load-source';
import { benchOptions } from './options';
import { syntheticEntries } from './synthetic-services';

const [servicesArg, repetitionsArg] = benchOptions(process.argv.slice(2)).numbers;
const SERVICES = servicesArg ?? 10_000;
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
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function measure(name: string, repetitions: number, run: () => number): Row {
  const times: number[] = [];
  let results = 0;
  run(); // warm-up: the first call pays for JIT compilation, as a phone does only once
  for (let i = 0; i < repetitions; i++) {
    const start = performance.now();
    results = run();
    times.push(performance.now() - start);
  }
  return { name, results, medianMs: percentile(times, 50), p95Ms: percentile(times, 95) };
}

const ms = (value: number) => `${value.toFixed(2).padStart(9)} ms`;

function printTable(title: string, rows: readonly Row[]): void {
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(44)} ${'results'.padStart(7)}    median         p95`);
  for (const row of rows) {
    console.log(`  ${row.name.padEnd(44)} ${String(row.results).padStart(7)} ${ms(row.medianMs)} ${ms(row.p95Ms)}`);
  }
}

async function main(): Promise<void> {
  const entries = syntheticEntries(SERVICES);
  const topicLabels: TopicLabels = Object.fromEntries(taxonomy.topics.map((t) => [t.code, [t.de, t.en]]));
  const towns = Object.fromEntries(taxonomy.municipalities.map((m) => [m.code, m.name]));
  // Tuesday 10:00 in Berlin: many services open, so "open now" has work to do.
  const now = berlinMoment(new Date('2026-11-10T10:00:00+01:00'));

  // The editorial vocabulary of directory/guide.yaml, as the phone indexes it.
  const vocabulary = (await loadSource(join(OUT_DIR, '../../directory'))).directory?.guide?.vocabulary ?? [];
  const build = measure('index build', Math.max(3, Math.round(REPETITIONS / 6)), () => {
    createDirectorySearch(entries, topicLabels, towns, vocabulary);
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

  console.log(
    `Search and ranking benchmark: ${SERVICES} synthetic services, ${REPETITIONS} repetitions each (Node ${process.version})`,
  );
  printTable('Search index', [build]);
  printTable('Search (query → results best first, with filters where given)', searchRows);
  printTable('Match and rank (guide answers → grouped, ranked results)', rankRows);

  await mkdir(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, 'search.json');
  await writeFile(
    file,
    `${JSON.stringify({ services: SERVICES, repetitions: REPETITIONS, node: process.version, at: new Date().toISOString(), build, search: searchRows, rank: rankRows }, null, 2)}\n`,
  );
  console.log(`\nNumbers written to ${file}`);
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exitCode = 1;
});
