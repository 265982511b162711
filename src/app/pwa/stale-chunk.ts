/**
 * A tab left open on an older version, after another tab accepted an update: the new service worker
 * removed the old version's files, so opening a screen this tab has not loaded yet fails (its chunk
 * answers 404). The way out is to reload into the new version at the same address, so the family
 * keeps its place; a guard makes sure this happens at most once in a while, so a chunk that fails
 * for another reason (offline, a broken deploy) ends with a message and a button, never a reload loop.
 */

const KEY = 'bff-stale-chunk-reload';
/** A second failure within this time after such a reload does not reload again. */
export const RELOAD_GUARD_MS = 60_000;

export interface GuardStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/**
 * Whether a reload may be tried now, noting it when so. Without storage (some private modes) there
 * is no way to know about an earlier attempt, so it never reloads by itself.
 */
export function mayReloadForStaleChunk(storage: GuardStorage | undefined, now: number): boolean {
  if (!storage) return false;
  try {
    const last = Number(storage.getItem(KEY) ?? Number.NaN);
    // A clock set back counts as "just now": better one message too many than a loop.
    if (Number.isFinite(last) && now - last < RELOAD_GUARD_MS) return false;
    storage.setItem(KEY, String(now));
    return true;
  } catch {
    return false;
  }
}

function sessionStore(): GuardStorage | undefined {
  try {
    return sessionStorage;
  } catch {
    return undefined;
  }
}

/** Reloads into the new version (same address) when the guard allows; false when it does not. */
export function reloadForStaleChunk(): boolean {
  if (!mayReloadForStaleChunk(sessionStore(), Date.now())) return false;
  location.reload();
  return true;
}
