import { openIdbStore } from './idb-store';
import { createMemoryStore } from './memory-store';
import type { OpenOptions } from './migrations';
import type { AppStore } from './store';

export type StorageProblem =
  /** No IndexedDB at all, or the browser refuses to open it (private modes): data lives in memory for this visit. */
  | 'unavailable'
  /** Opening took too long, usually because another tab with an old app version holds the database. */
  | 'blocked-timeout';

export interface OpenedStore {
  store: AppStore;
  problem?: StorageProblem;
}

export interface OpenStoreOptions extends OpenOptions {
  /** How long to wait for a blocked upgrade before running from memory. */
  blockedTimeoutMs?: number;
}

/**
 * Opens IndexedDB, and when that is not possible returns the in-memory store with the reason, so
 * the app always has a working store. Never rejects.
 */
export async function openAppStore(options: OpenStoreOptions = {}): Promise<OpenedStore> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) {
    return { store: createMemoryStore(), problem: 'unavailable' };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startTimeout = () => {};
  const blockedTooLong = new Promise<'timeout'>((resolve) => {
    startTimeout = () => {
      timer ??= setTimeout(() => resolve('timeout'), options.blockedTimeoutMs ?? 10_000);
    };
  });
  const opening = openIdbStore({
    ...options,
    onBlocked: () => {
      options.onBlocked?.();
      // Our upgrade waits for another tab (which closes itself if it runs this code). Give it a
      // moment; if it never lets go, carry on from memory rather than showing nothing.
      startTimeout();
    },
  });
  try {
    const result = await Promise.race([opening, blockedTooLong]);
    if (result === 'timeout') {
      // If it opens later after all, close it: this visit already runs from memory.
      opening.then((store) => store.close()).catch(() => undefined);
      return { store: createMemoryStore(), problem: 'blocked-timeout' };
    }
    return { store: result };
  } catch (error) {
    console.warn('IndexedDB cannot be opened; running from memory', error);
    return { store: createMemoryStore(), problem: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
