/**
 * The page's one search worker (src/worker/search-worker.ts), in the first screen's code: a search
 * page opened with a query starts it right away (boot.ts) and asks it that query about the stored
 * directory, so the worker reads the stored index and answers while the page still loads its own
 * code; the search screen (search/search-in-worker.ts) takes that answer or asks again.
 */
import type { SearchReply, SearchRequest } from '../../domain/search/worker-protocol';
import { replyOf } from './worker-reply';

let worker: Worker | undefined;
let lastId = 0;

/** Numbers the questions to the worker (its answers carry them). */
export function nextSearchId(): number {
  return ++lastId;
}

/** The question asked at the start, about whatever directory is stored, and its answer to come. */
let startQuestion: { query: string; reply: Promise<SearchReply> } | undefined;

/** Starts the worker and asks `query` about the stored directory (boot.ts, on a search address). */
export function askAtStart(query: string): void {
  const request: SearchRequest = { id: nextSearchId(), query };
  const reply = replyOf<SearchReply>(searchWorker(), request, 'The search worker could not start');
  reply.catch(() => undefined);
  startQuestion = { query, reply };
}

/** Whether `query` was asked at the start and its answer not taken yet. */
export function askedAtStart(query: string): boolean {
  return startQuestion?.query === query;
}

/** The start's answer for `query`, once (the next question about it goes to the worker again). */
export function takeStartAnswer(query: string): Promise<SearchReply> | undefined {
  if (startQuestion?.query !== query) return undefined;
  const { reply } = startQuestion;
  startQuestion = undefined;
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
