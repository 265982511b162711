/**
 * Runs the directory sync in a worker (src/worker/sync-worker.ts) so the page stays responsive while
 * a directory is downloaded, checked and stored. One sync at a time; a trigger during a running sync
 * shares its outcome, except a `fresh` one (back online, "Jetzt aktualisieren"): the worker then
 * stops the running attempt and starts anew, and both callers get the new attempt's outcome. When the worker cannot start or cannot sync (an old browser, no IndexedDB in
 * workers), this and every later sync runs on the page instead: slower to the touch, same result.
 */
import type { SyncOutcome } from '../../domain/sync/outcome';
import { oneAtATime } from '../../domain/sync/one-at-a-time';
import type { LeanOutcome, SyncReply, SyncRequest } from '../../domain/sync/worker-protocol';
import { replyOf } from './worker-reply';

/** `languages`: what the page shows; their texts are synced besides German. */
interface SyncOptions {
  fresh?: boolean;
  languages?: readonly string[];
}
export type PageSync = (options?: SyncOptions) => Promise<SyncOutcome>;
export type WorkerSync = (options?: SyncOptions) => Promise<LeanOutcome>;

export function syncInWorker(base: string, onPage: PageSync): WorkerSync {
  let worker: Worker | undefined;
  let usable = typeof Worker === 'function';
  let lastId = 0;

  async function ask(fresh: boolean, languages: readonly string[]): Promise<LeanOutcome> {
    worker ??= new Worker(new URL('../../worker/sync-worker.ts', import.meta.url), {
      type: 'module',
      name: 'directory-sync',
    });
    const request: SyncRequest = {
      id: ++lastId,
      base,
      ...(fresh ? { fresh } : {}),
      ...(languages.length > 0 ? { languages: [...languages] } : {}),
    };
    const reply = await replyOf<SyncReply>(worker, request, 'The sync worker could not start');
    if ('outcome' in reply) return reply.outcome;
    throw new Error(reply.unavailable);
  }

  async function once(fresh: boolean, languages: readonly string[]): Promise<LeanOutcome> {
    if (!usable) return onPage({ fresh, languages });
    try {
      return await ask(fresh, languages);
    } catch (error) {
      console.warn('Syncing on the page instead of in a worker', error);
      usable = false;
      worker?.terminate();
      worker = undefined;
      return onPage({ fresh, languages });
    }
  }

  // The worker stops its own running attempt when asked for a fresh one or for other languages; here such a
  // call only must not share.
  return oneAtATime((fresh, languages) => ({ outcome: once(fresh, languages) }));
}
