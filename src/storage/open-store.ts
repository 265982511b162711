import type { EarlyRead } from './early-read';
import { openIdbStore } from './idb-store';
import { createMemoryStore } from './memory-store';
import type { OpenOptions } from './migrations';
import type { AppStore } from './store';

export type StorageProblem =
  /** No IndexedDB at all, or the browser refuses to open it (private modes): data lives in memory for this visit. */
  | 'unavailable'
  /** Opening took too long, usually because another tab with an old app version holds the database. */
  | 'blocked-timeout'
  /**
   * The database on the phone was made by a newer version of the app (a release was rolled back, or
   * this tab still runs an old version): this code cannot open it, but the family's data is still in
   * it. The app runs from memory for this visit and refuses to save the family's data there.
   */
  | 'newer-version';

/** Saving the family's data while the phone holds a newer version's database (see 'newer-version'). */
export class NewerDatabaseError extends Error {
  override readonly name = 'NewerDatabaseError';
  constructor() {
    super('The on-device database belongs to a newer version of the app; nothing is saved in its place.');
  }
}

/**
 * The memory store for a phone whose database belongs to a newer version: the directory (public data)
 * can be downloaded into it for this visit, but saved contacts, settings and "Meine Daten löschen"
 * refuse, so nothing the family does looks saved when it is not, and nothing looks deleted.
 */
function withoutFamilyWrites(store: AppStore): AppStore {
  const refuse = () => Promise.reject(new NewerDatabaseError());
  return Object.assign(store, {
    saveContact: refuse,
    removeSaved: refuse,
    reorderSaved: refuse,
    saveChild: refuse,
    removeChild: refuse,
    setSetting: refuse,
    removeSetting: refuse,
    clearMyData: refuse,
  });
}

export interface OpenedStore {
  store: AppStore;
  problem?: StorageProblem;
}

export interface OpenStoreOptions extends OpenOptions {
  /** How long to wait for a blocked upgrade before running from memory. */
  blockedTimeoutMs?: number;
  /**
   * The first screen's early read (early-read.ts), if one was started: its connection and what it read
   * are taken over; without one (no database yet, an older or newer one, a failure) the store opens as usual.
   */
  early?: Promise<EarlyRead | undefined>;
}

/**
 * Opens IndexedDB, and when that is not possible returns the in-memory store with the reason, so
 * the app always has a working store. Never rejects.
 */
export async function openAppStore({ early: earlyRead, ...options }: OpenStoreOptions = {}): Promise<OpenedStore> {
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
  // Never rejects; settled before the store's own open, which would queue behind it anyway.
  const early = await earlyRead;
  const opening = openIdbStore(
    {
      ...options,
      onBlocked: () => {
        options.onBlocked?.();
        // Our upgrade waits for another tab (which closes itself if it runs this code). Give it a
        // moment; if it never lets go, carry on from memory rather than showing nothing.
        startTimeout();
      },
    },
    early,
  );
  try {
    const result = await Promise.race([opening, blockedTooLong]);
    if (result === 'timeout') {
      // If it opens later after all, close it: this visit already runs from memory.
      opening.then((store) => store.close()).catch(() => undefined);
      return { store: createMemoryStore(), problem: 'blocked-timeout' };
    }
    return { store: result };
  } catch (error) {
    if ((error as { name?: unknown } | null)?.name === 'VersionError') {
      console.warn('The on-device database belongs to a newer version of the app', error);
      return { store: withoutFamilyWrites(createMemoryStore()), problem: 'newer-version' };
    }
    console.warn('IndexedDB cannot be opened; running from memory', error);
    return { store: createMemoryStore(), problem: 'unavailable' };
  } finally {
    clearTimeout(timer);
  }
}
