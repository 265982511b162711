import type { SyncOutcome } from './outcome';
import type { FetchResult, StopSignal } from './ports';
import type { OneAtATime } from './one-at-a-time';

/**
 * What the sync of the directory in parts (parts-sync.ts) shares with the rest of the sync: a fetch that
 * throws counts as no network, a failed fetch becomes its typed outcome, a stop the domain can raise itself,
 * and the type of a sync run one at a time.
 */

/** A fetch port that throws (e.g. TypeError: Failed to fetch) counts as no network. */
export async function safeFetch(run: () => Promise<FetchResult>): Promise<FetchResult> {
  try {
    return await run();
  } catch {
    return { ok: false, kind: 'network' };
  }
}

export function fetchFailure(result: Exclude<FetchResult, { ok: true }>, stage: 'manifest' | 'directory'): SyncOutcome {
  if (result.kind === 'http') return { kind: 'server-error', stage, status: result.status };
  return { kind: result.kind === 'stalled' ? 'stalled' : 'offline', stage };
}

/** A StopSignal the domain can raise itself (the browser's AbortController is not available here). */
export class StopSource implements StopSignal {
  aborted = false;
  private readonly listeners = new Set<() => void>();
  addEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.delete(listener);
  }
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.listeners.forEach((listener) => listener());
    this.listeners.clear();
  }
}

/** A sync run one attempt at a time (see oneAtATime; parts-sync.ts makes the one the app uses). */
export type SyncRun = OneAtATime<SyncOutcome>;
