/**
 * The directory sync, away from the page's main thread. Downloading, the SHA-256 check, JSON, the
 * schema check and the IndexedDB write take seconds on an old phone; on the main thread they would
 * freeze taps and scrolling all that time. The page (src/app/data/sync-in-worker.ts) asks for one
 * sync at a time and shows the outcome; the worker writes into the same database the page reads.
 */
import { partsSingleFlight } from '../domain/sync/parts-sync';
import type { SyncRun } from '../domain/sync/sync';
import { leanOutcome, type SyncReply, type SyncRequest } from '../domain/sync/worker-protocol';
import type { AppStore } from '../storage/store';
import { webPartsPorts } from '../storage/sync-ports';

import { forgetWorkerStore, workerStore } from './worker-store';

declare const self: DedicatedWorkerGlobalScope;

let sync: SyncRun | undefined;

async function answer(request: SyncRequest): Promise<SyncReply> {
  try {
    const opened = await workerStore();
    sync ??= partsSingleFlight(webPartsPorts(opened, request.base));
    const outcome = await sync({ fresh: request.fresh === true, languages: request.languages ?? [] });
    // A new directory is stored: build its search index now, after the page has its answer.
    if (outcome.kind === 'updated') setTimeout(() => void prepareSearch(opened));
    return { id: request.id, outcome: leanOutcome(outcome) };
  } catch (error) {
    forgetWorkerStore();
    sync = undefined;
    return { id: request.id, unavailable: error instanceof Error ? error.message : String(error) };
  }
}

/** The search code is loaded only then, in its own chunk: a sync that changes nothing never loads it. */
async function prepareSearch(opened: AppStore): Promise<void> {
  try {
    const { preparedSearchData } = await import('./search-data');
    await preparedSearchData(opened);
  } catch {
    // The search worker builds it when the first search comes.
  }
}

self.addEventListener('message', (event: MessageEvent<SyncRequest>) => {
  void answer(event.data).then((reply) => self.postMessage(reply));
});
