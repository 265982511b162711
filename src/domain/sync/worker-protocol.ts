import type { SyncOutcome } from './outcome';

/**
 * The messages between the page and the sync worker (src/worker/sync-worker.ts). The page asks for
 * one sync; the worker answers with the sync's typed outcome, or says it cannot sync (no IndexedDB
 * in the worker, an unexpected error), and the page then syncs by itself.
 */
export interface SyncRequest {
  id: number;
  /** The app's path on its origin ("/"), where data/directory.json is published. */
  base: string;
}

export type SyncReply = { id: number; outcome: SyncOutcome } | { id: number; unavailable: string };
