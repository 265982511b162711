/**
 * The one "one sync at a time" rule, used on the page (around the worker) and in the sync itself: a call while
 * an attempt runs shares that attempt's outcome; a `fresh` call (the network just came back, the family asked
 * for an update: the running attempt may be stuck) never shares, and neither does a call for other `languages`
 * (the family switched language: the directory in parts then needs other parts). Such a call stops the running
 * attempt and starts a new one, and whoever waited for the stopped attempt gets the new one's outcome.
 */
export interface Attempt<T> {
  outcome: Promise<T>;
  /** Ask the attempt to stop because a fresh one replaced it. */
  stop?: () => void;
}

export type OneAtATime<T> = (options?: { fresh?: boolean; languages?: readonly string[] }) => Promise<T>;

export function oneAtATime<T>(start: (fresh: boolean, languages: readonly string[]) => Attempt<T>): OneAtATime<T> {
  interface Running {
    stop: (() => void) | undefined;
    /** The languages it fetches, sorted and joined. */
    languages: string;
    outcome: Promise<T>;
    /** The fresh attempt that replaced this one. */
    next?: Running;
  }
  let current: Running | undefined;
  const begin = (fresh: boolean, languages: readonly string[]): Running => {
    const attempt = start(fresh, languages);
    const running: Running = { stop: attempt.stop, languages: keyOf(languages), outcome: attempt.outcome };
    const settle = (): Promise<T> | undefined => {
      if (current === running) current = undefined;
      // Replaced by a fresh attempt: hand on its outcome, not this stopped one's.
      return running.next?.outcome;
    };
    running.outcome = attempt.outcome.then(
      (outcome) => settle() ?? outcome,
      (error: unknown) => settle() ?? Promise.reject(error),
    );
    return running;
  };
  return ({ fresh = false, languages = [] } = {}) => {
    if (current && !fresh && current.languages === keyOf(languages)) return current.outcome;
    const replaced = current;
    current = begin(fresh, languages);
    if (replaced) {
      replaced.next = current;
      replaced.stop?.();
    }
    return current.outcome;
  };
}

function keyOf(languages: readonly string[]): string {
  return [...languages].sort().join();
}
