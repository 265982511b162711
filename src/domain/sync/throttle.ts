/**
 * When to look for a new directory. The manifest is a few hundred bytes, so checking on every start
 * costs nothing and is how a newly published directory reaches a phone; the other triggers are
 * limited so a flaky connection or an open tab does not poll the server.
 */
export type SyncTrigger = 'start' | 'online' | 'interval' | 'manual';

/** Background checks while the app stays open: at most every few hours. */
export const CHECK_INTERVAL_MS = 3 * 60 * 60 * 1000;
/** Coming back online right after a check (a train through tunnels) does not check again. */
export const ONLINE_MIN_GAP_MS = 5 * 60 * 1000;
/** After a failure, automatic triggers wait this long (the user can always tap "Jetzt aktualisieren"). */
export const RETRY_AFTER_FAILURE_MS = 60 * 1000;

export interface SyncHistory {
  /** Last attempt, successful or not (ms since epoch). */
  lastAttemptAt?: number;
  /** Last check that confirmed or stored the current directory. */
  lastSuccessAt?: number;
  /** A complete directory is stored; without one every trigger should try (first visit, evicted data). */
  hasData: boolean;
}

export function shouldSync(trigger: SyncTrigger, history: SyncHistory, now: number): boolean {
  if (trigger === 'manual' || trigger === 'start') return true;
  const sinceAttempt = history.lastAttemptAt === undefined ? Infinity : now - history.lastAttemptAt;
  const sinceSuccess = history.lastSuccessAt === undefined ? Infinity : now - history.lastSuccessAt;
  // Clock set back: treat as "long ago" rather than never checking again.
  const attemptAge = sinceAttempt < 0 ? Infinity : sinceAttempt;
  const successAge = sinceSuccess < 0 ? Infinity : sinceSuccess;
  if (!history.hasData) return attemptAge >= RETRY_AFTER_FAILURE_MS;
  if (trigger === 'online') return attemptAge >= ONLINE_MIN_GAP_MS;
  return successAge >= CHECK_INTERVAL_MS && attemptAge >= RETRY_AFTER_FAILURE_MS;
}
