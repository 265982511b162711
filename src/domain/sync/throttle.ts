/**
 * When to look for a new directory. The manifest is a few hundred bytes, so checking on every start
 * costs nothing and is how a newly published directory reaches a phone; the other triggers are
 * limited so a flaky connection or an open tab does not poll the server.
 */
/** `language`: the family chose a language whose texts the phone may not hold yet. */
export type SyncTrigger = 'start' | 'online' | 'interval' | 'manual' | 'language';

/** Background checks while the app stays open: at most every few hours. */
export const CHECK_INTERVAL_MS = 3 * 60 * 60 * 1000;
/** Coming back online right after a successful check (a train through tunnels) does not check again. */
export const ONLINE_MIN_GAP_MS = 5 * 60 * 1000;
/** After a failure, background checks wait this long (coming online and "Jetzt aktualisieren" do not). */
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
  if (trigger === 'manual' || trigger === 'start' || trigger === 'language') return true;
  const age = (at: number | undefined) => (at === undefined || at > now ? Infinity : now - at); // clock set back: "long ago"
  const attemptAge = age(history.lastAttemptAt);
  const successAge = age(history.lastSuccessAt);
  // Back online: the failed attempts were why we were waiting, so only a recent success counts.
  if (trigger === 'online') return !history.hasData || successAge >= ONLINE_MIN_GAP_MS;
  if (!history.hasData) return attemptAge >= RETRY_AFTER_FAILURE_MS;
  return successAge >= CHECK_INTERVAL_MS && attemptAge >= RETRY_AFTER_FAILURE_MS;
}
