/**
 * npm run bench (part): search and match-and-rank over 10,000 and 20,000 synthetic services, the size
 * a whole federal state's directory could reach. Prints median and 95th percentile per typical query
 * and answer set, the index build time, and what a phone does instead after a cold start: turn the
 * stored index (after a structured-clone trip, as IndexedDB gives it back) into a searchable one.
 * Writes the numbers to .tmp/bench/search.json. A benchmark, not a test: it never fails on slow numbers.
 *
 * A query is measured the way the phone answers it: the search worker's path (the stored index made
 * searchable by `searchFromData`, its answer as document numbers in an Int32Array) and then the page's
 * part (those numbers → rows of the match table, the filters on the rows). Ranking reads the rows too.
 * Between the index builds and the series the builds' garbage is collected, as the phone's search
 * worker never holds it (the sync worker builds the index, the search worker only loads it).
 * Also prints a fingerprint (SHA-256) of every position and score the queries find: the same
 * fingerprint before and after a change to the search means the same results.
 *
 * Usage: tsx src/tools/bench/search.bench.ts [services] [repetitions]   (defaults: 10000 and 20000, 30)
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { serialize, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';
import taxonomy from '../../domain/taxonomy.json';
import type { Answers } from '../../domain/guide/answers';
import { matchServiceOf, type MatchRow } from '../../domain/guide/match-table';
import { rankResults } from '../../domain/guide/rank';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { passesFilters, passingFilters, type SearchFilters } from '../../domain/search/filters';
import {
  buildSearchData,
  createDirectorySearch,
  searchFromData,
  type DocSearch,
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
const WARM_UP_ROUNDS = 3;
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

/** More queries for the fingerprint only: a town alone, prefixes, a typo, a compound, words found nowhere. */
const FINGERPRINT_QUERIES = [
  'Unna',
  'Holzwickede',
  'kita',
  'kit',
  'hebamme',
  'tagesmutter',
  'schuldnerberatung',
  'familienbüro kamen',
  'beratung bergkamen',
  'erziehungs',
  'ausbildungsplatz',
  'kinder garten',
  'Familien Beratung Sucht',
  'family counselling',
  'ücretsiz danışmanlık',
  'консультація',
  'xqzvw',
];

/**
 * SHA-256 of every position and score the queries find (the search worker's answer, before any
 * filter): the same fingerprint means the same results, in the same order, with the same scores.
 */
function fingerprint(search: DocSearch): string {
  const hash = createHash('sha256');
  for (const query of [...QUERIES.map((q) => q.query), ...FINGERPRINT_QUERIES]) {
    hash.update(`${query}\n`);
    for (const { doc, score } of search.search(query)) hash.update(`${doc}:${score}\n`);
  }
  return hash.digest('hex');
}

/**
 * A full garbage collection, so the series start without the index builds' garbage (as the phone's
 * search worker does), then a pause for the collector's background threads to finish sweeping (their
 * CPU time would count as the next query's).
 */
async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  await new Promise((done) => setTimeout(done, 500));
}

/** What the phone holds when it searches: the stored index and the match table (as IndexedDB gives them back). */
function prepare(services: number, vocabulary: Parameters<typeof createDirectorySearch>[3]) {
  const entries = syntheticEntries(services);
  const topicLabels: TopicLabels = Object.fromEntries(taxonomy.topics.map((t) => [t.code, [t.de, t.en]]));
  const towns = Object.fromEntries(taxonomy.municipalities.map((m) => [m.code, m.name]));
  const build = measure('index build', services > 10_000 ? 3 : Math.max(3, Math.round(REPETITIONS / 6)), () => {
    createDirectorySearch(entries, topicLabels, towns, vocabulary);
    return entries.length;
  });
  const data = buildSearchData(entries, topicLabels, towns, vocabulary);
  const rows: MatchRow[] = entries.map(({ service, organization, order }) => ({
    id: service.id,
    organizationId: organization.id,
    order,
    service: matchServiceOf(service),
  }));
  return { build, bytes: storedBytes(data), stored: structuredClone(data), rows: structuredClone(rows) };
}

async function measureSize(services: number, vocabulary: Parameters<typeof createDirectorySearch>[3]) {
  const { build, bytes, stored, rows } = prepare(services, vocabulary);
  await collectGarbage();
  // Tuesday 10:00 in Berlin: many services open, so "open now" has work to do.
  const now = berlinMoment(new Date('2026-11-10T10:00:00+01:00'));

  const load = measure('stored index → searchable (cold start)', 10, () => {
    searchFromData(stored);
    return services;
  });
  // The search worker's search (its answer: positions), and the page's part: the answer's rows, filtered.
  const search = searchFromData(stored);
  const answer = ({ query, filters }: (typeof QUERIES)[number]) => {
    const docs = search.docs(query);
    const found = Array.from(docs, (doc) => rows[doc]!);
    return filters ? passingFilters(found, filters, now).length : found.length;
  };
  const rank = (answers: Answers) => rankResults(rows, answers, { language: 'tr', now }).length;
  // Warm-up: every query and answer set a few times, as a phone runs the search at every pause in typing
  // before the query that counts (the JIT compiles the code once, not in the first series measured).
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const query of QUERIES) answer(query);
    for (const { answers } of ANSWER_SETS) rank(answers);
  }
  await collectGarbage();
  const searchRows = QUERIES.map((query) =>
    measure(query.filters ? `${query.query} + ${JSON.stringify(query.filters)}` : query.query, REPETITIONS, () =>
      answer(query),
    ),
  );
  const rankRows = ANSWER_SETS.map(({ label, answers }) => measure(label, REPETITIONS, () => rank(answers)));
  const openNowRow = measure('"open now" over every service', REPETITIONS, () => {
    const filters: SearchFilters = { openNow: true };
    return rows.filter((row) => passesFilters(row, filters, now)).length;
  });
  const results = fingerprint(search);

  console.log(
    `\nSearch and ranking benchmark: ${services} synthetic services, ${REPETITIONS} repetitions each (Node ${process.version})`,
  );
  printTable('Search index', [build, load]);
  console.log(`  stored index about ${(bytes / 1e6).toFixed(1)} MB (${stored.index.terms.length} terms)`);
  printTable('Search (query → rows of the match table best first, with filters where given)', searchRows);
  printTable('Match and rank over the match table (guide answers → grouped, ranked results)', [
    ...rankRows,
    openNowRow,
  ]);
  const all = [...searchRows, ...rankRows, openNowRow];
  console.log(
    `  worst p95 of queries ${Math.max(...searchRows.map((r) => r.p95Ms)).toFixed(1)} ms (CPU ${Math.max(...searchRows.map((r) => r.cpuP95Ms)).toFixed(1)} ms), ` +
      `of ranking ${Math.max(...rankRows.map((r) => r.p95Ms)).toFixed(1)} ms (CPU ${Math.max(...rankRows.map((r) => r.cpuP95Ms)).toFixed(1)} ms)`,
  );
  console.log(
    `  results fingerprint (every position and score of ${QUERIES.length + FINGERPRINT_QUERIES.length} queries): ${results}`,
  );
  return {
    services,
    build,
    load,
    storedBytes: bytes,
    search: searchRows,
    rank: rankRows,
    openNow: openNowRow,
    all: all.length,
    fingerprint: results,
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
