/**
 * What a query finds, asked of the search worker (src/worker/search-worker.ts), so the page never
 * builds or searches the index on its main thread. The worker reads the index stored for the
 * directory version the page shows (or builds and stores it once). When it cannot (no worker, no
 * IndexedDB in workers, a directory kept only in memory), the page searches by itself as before.
 */
import type { MatchRow } from '../../domain/guide/match-table';
import type { SearchReply } from '../../domain/search/worker-protocol';
import type { MatchSource } from '../data/match-source';
import {
  askAhead,
  askSearchWorker,
  dropSearchWorker,
  searchWorker,
  takeAnswerAhead,
} from '../data/search-worker-start';

let usable = typeof Worker === 'function';
/** Directories the worker cannot answer for (not the stored version): searched on the page. */
const onPageOnly = new WeakSet<MatchSource>();

/**
 * On the page, the whole directory is read (once) and searched; the hits are the table's rows of the same order.
 * The search code (index, stemmers: 75 KB before compression) is loaded only then, not with the screen.
 */
async function onPage(matches: MatchSource, query: string): Promise<MatchRow[]> {
  const [directory, { searchFor }] = await Promise.all([matches.directory(), import('./search-cache')]);
  if (!directory) return [];
  return searchFor(directory)
    .search(query)
    .flatMap(({ entry }) => matches.rows[entry.order] ?? []);
}

/**
 * Starts the worker before the first question (a search screen opened with a query): it reads the
 * stored index meanwhile. Nothing happens where workers cannot run.
 */
export function startSearchWorker(): void {
  if (!usable) return;
  try {
    searchWorker();
  } catch (error) {
    console.warn('Searching on the page instead of in a worker', error);
    usable = false;
  }
}

/**
 * Asks the worker as soon as the stored version is known (from the small head record), while the
 * page still reads the match table: `findRows` then takes this answer instead of asking once more.
 */
export function askEarly(version: string, query: string): void {
  if (usable) askAhead(query, version);
}

/**
 * The answer asked ahead (at the page's start or by `askEarly`), if it was about `query` and the
 * directory version the page shows (another version was stored by then: undefined, asked again).
 * A worker that failed meanwhile rejects, as a question asked now would.
 */
async function answerAhead(matches: MatchSource, query: string): Promise<SearchReply | undefined> {
  const reply = await takeAnswerAhead(query);
  return reply && 'docs' in reply && reply.version === matches.version ? reply : undefined;
}

/** The rows of the match table a query finds, best first. */
export async function findRows(matches: MatchSource, query: string): Promise<MatchRow[]> {
  if (!usable || onPageOnly.has(matches)) return onPage(matches, query);
  let reply: SearchReply;
  try {
    reply = (await answerAhead(matches, query)) ?? (await askSearchWorker(query, matches.version));
  } catch (error) {
    console.warn('Searching on the page instead of in a worker', error);
    usable = false;
    dropSearchWorker();
    return onPage(matches, query);
  }
  const rows = matches.rows;
  if ('unavailable' in reply || reply.docs.some((doc) => doc >= rows.length)) {
    onPageOnly.add(matches);
    return onPage(matches, query);
  }
  return Array.from(reply.docs, (doc) => rows[doc]!);
}
