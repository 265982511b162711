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
  /** Stop the worker's running attempt (if any) and start anew instead of sharing it (see oneAtATime). */
  fresh?: boolean;
  /** The languages the page shows (the app's, in visit mode the family's): their texts are synced besides German. */
  languages?: string[];
}

/**
 * An outcome as the page gets it. After an update the new directory is already in IndexedDB, so the
 * worker does not copy it over: the page reads what it needs from there, when a screen needs it.
 * Outcomes whose directory could not be stored (storage full or failed) keep it, for this visit.
 */
export type LeanOutcome =
  Exclude<SyncOutcome, { kind: 'updated' }> | Omit<Extract<SyncOutcome, { kind: 'updated' }>, 'directory'>;

export function leanOutcome(outcome: SyncOutcome): LeanOutcome {
  if (outcome.kind !== 'updated') return outcome;
  const { directory: _stored, ...rest } = outcome;
  return rest;
}

export type SyncReply = { id: number; outcome: LeanOutcome } | { id: number; unavailable: string };
