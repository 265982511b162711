/**
 * npm run bench (part): how well search and guide find what parents look for, measured on the
 * editorial directory (directory/) with the queries in relevance-queries.json: top 1, top 5, mean
 * reciprocal rank and "nothing found", overall and per UI language, and the guide cases. Writes the
 * figures to .tmp/bench/relevance.json. A benchmark, not a test: it never fails on weak figures.
 *
 * Usage: tsx src/tools/bench/relevance.bench.ts [--verbose]   (--verbose lists every query that misses the top 5)
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { directoryEntries } from '../../domain/guide/entries';
import { rankResults } from '../../domain/guide/rank';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { searchDirectory } from '../../domain/search/directory-search';
import { loadSource } from '../directory/load-source';
import { publishDirectory } from '../directory/publish';
import {
  caseAnswers,
  figuresOf,
  isRelevant,
  outcomeOf,
  unfittingResponsible,
  unmetCriteria,
  type Figures,
  type GuideCase,
  type RelevanceQuery,
} from './relevance';
import { benchOptions } from './options';

const here = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(here, '../../..');
const OUT_DIR = join(ROOT, '.tmp/bench');
const { verbose } = benchOptions(process.argv.slice(2));
const LANGUAGES = ['de', 'de-simple', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg'];

const pct = (x: number) => `${(x * 100).toFixed(0).padStart(4)} %`;

function row(label: string, f: Figures): string {
  return `  ${label.padEnd(10)} ${String(f.queries).padStart(7)} ${pct(f.top1)} ${pct(f.top5)} ${f.mrr.toFixed(2).padStart(6)} ${pct(f.nothing)}`;
}

async function main(): Promise<void> {
  const data = JSON.parse(readFileSync(join(here, 'relevance-queries.json'), 'utf8')) as {
    queries: RelevanceQuery[];
    heldOut: RelevanceQuery[];
    guide: GuideCase[];
  };
  const loaded = await loadSource(join(ROOT, 'directory'));
  if (!loaded.directory) throw new Error(`directory/ has errors: ${loaded.issues[0]?.message ?? ''}`);
  const directory = publishDirectory(loaded.directory, new Date('2026-11-10T09:00:00Z')).directory;
  const entries = directoryEntries(directory);
  const unmet = unmetCriteria(entries, [
    ...data.queries,
    ...data.heldOut,
    ...data.guide,
    ...data.guide.map((c) => ({ rel: [...(c.before ?? []), ...(c.notResponsible ?? [])] })),
  ]);
  if (unmet.length > 0) throw new Error(`No service meets these criteria: ${unmet.join(', ')}`);

  const builds: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    searchDirectory(directory, entries);
    builds.push(performance.now() - start);
  }
  const buildMs = [...builds].sort((a, b) => a - b)[2]!;
  const search = searchDirectory(directory, entries);
  const outcomes = data.queries.map((query) =>
    outcomeOf(
      query,
      search.search(query.q).map((r) => r.entry),
    ),
  );

  console.log(
    `Search relevance: ${outcomes.length} queries over ${entries.length} services of directory/ (index built in ${buildMs.toFixed(0)} ms, median of 5, Node)`,
  );
  console.log(`  ${'language'.padEnd(10)} queries  top 1  top 5    MRR nothing`);
  const overall = figuresOf(outcomes);
  const perLanguage = Object.fromEntries(
    LANGUAGES.map((lang) => [lang, figuresOf(outcomes.filter((o) => o.query.lang === lang))]),
  );
  for (const lang of LANGUAGES) console.log(row(lang, perLanguage[lang]!));
  console.log(row('all', overall));

  const heldOut = data.heldOut.map((query) =>
    outcomeOf(
      query,
      search.search(query.q).map((r) => r.entry),
    ),
  );
  const heldOutFigures = figuresOf(heldOut);
  console.log(row('held out', heldOutFigures));
  console.log(`  (held out: ${heldOut.length} queries written after the vocabulary, never used to tune it)`);

  const failing = [...outcomes, ...heldOut].filter((o) => o.rank === undefined || o.rank > 5);
  if (verbose) {
    console.log(`\nQueries without a relevant result in the top 5 (${failing.length}):`);
    for (const o of failing) {
      console.log(
        `  [${o.query.lang}] "${o.query.q}" → ${o.count === 0 ? 'nothing found' : `${o.rank ? `first relevant at ${o.rank}` : 'none relevant'}; top: ${o.top.join(', ')}`}`,
      );
    }
  } else if (failing.length > 0) {
    console.log(`\n${failing.length} queries miss the top 5 (--verbose lists them).`);
  }

  // Tuesday 10:00 in Berlin.
  const now = berlinMoment(new Date('2026-11-10T10:00:00+01:00'));
  console.log('\nGuide cases (place of the first relevant service, and unfitting "responsible" offices):');
  const guide = data.guide.map((c) => {
    const answers = caseAnswers(directory.guide, c);
    const ranked = rankResults(entries, answers, { language: c.lang, now });
    const index = ranked.findIndex((r) => isRelevant(r.entry, c.rel));
    const found = ranked[index];
    const place = found && c.inGroup ? ranked.filter((r) => r.group === found.group).indexOf(found) + 1 : index + 1;
    const rank = found ? place : undefined;
    const unfitting = [
      ...unfittingResponsible(ranked, answers),
      ...ranked
        .filter((r) => r.group === 'responsible' && c.notResponsible && isRelevant(r.entry, c.notResponsible))
        .map((r) => r.entry.service.id),
    ];
    // With `before`: where the first service is that the relevant one must precede (-1: none listed).
    const beforeIndex = c.before ? ranked.findIndex((r) => isRelevant(r.entry, c.before!)) : -1;
    const inOrder = beforeIndex < 0 || (found !== undefined && index < beforeIndex);
    const ok = rank !== undefined && rank <= c.within && unfitting.length === 0 && inOrder;
    const where = found && c.inGroup ? ` in group ${found.group}` : '';
    const order = c.before
      ? `; ${inOrder ? 'before' : 'after'} ${ranked[beforeIndex]?.entry.service.id ?? '–'} (place ${beforeIndex >= 0 ? beforeIndex + 1 : '–'})`
      : '';
    console.log(
      `  ${ok ? 'ok  ' : 'MISS'} ${c.name.padEnd(64)} place ${rank ?? '–'}${where} (≤ ${c.within})${order}${unfitting.length ? `; not fitting: ${unfitting.join(', ')}` : ''}`,
    );
    if (verbose) {
      const responsible = ranked.filter((r) => r.group === 'responsible').map((r) => r.entry.service.id);
      console.log(
        `       responsible: ${responsible.join(', ') || '–'}; first: ${ranked
          .slice(0, 5)
          .map((r) => r.entry.service.id)
          .join(', ')}`,
      );
    }
    return { name: c.name, rank, within: c.within, unfitting, ok };
  });
  console.log(`  ${guide.filter((g) => g.ok).length} of ${guide.length} guide cases right`);

  await mkdir(OUT_DIR, { recursive: true });
  const file = join(OUT_DIR, 'relevance.json');
  await writeFile(
    file,
    `${JSON.stringify({ at: new Date().toISOString(), buildMs, overall, perLanguage, heldOut: heldOutFigures, guide, failing: failing.map((o) => ({ lang: o.query.lang, q: o.query.q, rank: o.rank, top: o.top })) }, null, 2)}\n`,
  );
  console.log(`\nFigures written to ${file}`);
}

main().catch((error: unknown) => {
  console.error('Benchmark failed:', error);
  process.exitCode = 1;
});
