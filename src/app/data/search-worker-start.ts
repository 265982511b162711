/**
 * The page's one search worker (src/worker/search-worker.ts), in the first screen's code: a search
 * page opened with a query starts it right away (boot.ts) and asks it that query about the stored
 * directory, so the worker reads the stored index and answers while the page still loads its own
 * code; the search screen (search/search-in-worker.ts) takes an answer asked ahead or asks again.
 */
import type { SearchReply, SearchRequest } from '../../domain/search/worker-protocol';
import { replyOf } from './worker-reply';

let worker: Worker | undefined;
/** Numbers the questions to the worker (its answers carry them). */
let lastId = 0;

/** Asks the worker `query` about `version`, or without one about the directory stored (the reply names it). */
export function askSearchWorker(query: string, version?: string): Promise<SearchReply> {
  const request: SearchRequest = { id: ++lastId, version, query };
  return replyOf<SearchReply>(searchWorker(), request, 'The search worker could not start');
}

/** A question asked ahead of the search screen's own, and its answer to come. */
let ahead: { query: string; version: string | undefined; reply: Promise<SearchReply> } | undefined;

/**
 * Asks `query` before the search screen needs the answer: about `version` (the head record is read,
 * the match table not yet), or without one about whatever directory is stored (the page's start on a
 * search address, boot.ts). Not again while a question about the same query can answer for `version`.
 */
export function askAhead(query: string, version?: string): void {
  if (ahead?.query === query && (ahead.version === undefined || ahead.version === version)) return;
  const reply = askSearchWorker(query, version);
  reply.catch(() => undefined);
  ahead = { query, version, reply };
}

/** The answer asked ahead for `query`, once (the next question about it goes to the worker again). */
export function takeAnswerAhead(query: string): Promise<SearchReply> | undefined {
  if (ahead?.query !== query) return undefined;
  const { reply } = ahead;
  ahead = undefined;
  return reply;
}

export function searchWorker(): Worker {
  worker ??= new Worker(new URL('../../worker/search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return worker;
}

/** The worker failed: the next search runs on the page (and no worker is kept). */
export function dropSearchWorker(): void {
  worker?.terminate();
  worker = undefined;
}
