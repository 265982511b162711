/**
 * The first read of a cold start, from the first screen's own code: a ranking page (questions,
 * results, search, topics, a service's page) opens the database and reads the head record and the
 * match table's texts while the storage code (idb, migrations, the store) is still being fetched.
 * The store takes the open connection and this read over (idb-store.ts) instead of reading again.
 * The records are not counted here (counting thousands takes IndexedDB 100 ms and more, on the way
 * to the first card): the store checks the counts against the head once the page is idle.
 *
 * Only a database already at the current version is read. With none yet, or an older one, the
 * upgrade is aborted at once, so nothing is created or changed: the store's own open (with its
 * migrations) does everything as before. A newer database, a refused or failed open: nothing is
 * handed over, and the store's own open says why (open-store.ts).
 */
import { CURRENT_VERSION, DB_NAME } from './db-schema';
import type { StoredDirectoryInfo, SyncState } from './records';

/** Everything read, in one transaction: a head and a table of one version, never a mix. */
export interface EarlySnapshot {
  info: StoredDirectoryInfo | undefined;
  /** The match table's stored texts (`matchParts`), in key order. */
  matchParts: string[];
  sync: SyncState | undefined;
}

export interface EarlyRead {
  /** The connection, still open at the current version; whoever takes it closes it. */
  db: IDBDatabase;
  snapshot: EarlySnapshot;
  /** False once another tab asked to upgrade (the connection is then closed) or the browser closed it. */
  isOpen(): boolean;
}

export interface EarlyOptions {
  name?: string;
  version?: number;
}

/** Opens the database at the current version and reads; undefined when the store's own open should do it all. */
export function readEarly({ name = DB_NAME, version = CURRENT_VERSION }: EarlyOptions = {}): Promise<
  EarlyRead | undefined
> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      if (typeof indexedDB === 'undefined' || indexedDB === null) return resolve(undefined);
      request = indexedDB.open(name, version);
    } catch {
      return resolve(undefined);
    }
    request.onupgradeneeded = () => {
      // No database yet, or an older one: leave it exactly as it is for the migrations.
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      // The aborted upgrade, a newer version (VersionError) or a refused open: the store's open reports it.
      event.preventDefault();
      resolve(undefined);
    };
    // Another tab holds an older version open: the store's own open waits for it (with its time limit).
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      let open = true;
      db.addEventListener('versionchange', () => {
        // Another tab upgrades: let it (the store, if it took this connection, says so to the page).
        open = false;
        db.close();
      });
      db.addEventListener('close', () => (open = false));
      readSnapshot(db).then(
        (snapshot) => resolve({ db, snapshot, isOpen: () => open }),
        () => {
          db.close();
          resolve(undefined);
        },
      );
    };
  });
}

function readSnapshot(db: IDBDatabase): Promise<EarlySnapshot> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['meta', 'matchParts'], 'readonly');
    const meta = tx.objectStore('meta');
    const info = meta.get('directory');
    const sync = meta.get('sync');
    const matchParts = tx.objectStore('matchParts').getAll();
    tx.oncomplete = () =>
      resolve({
        info: info.result as StoredDirectoryInfo | undefined,
        matchParts: matchParts.result as string[],
        sync: sync.result as SyncState | undefined,
      });
    tx.onerror = (event) => event.preventDefault();
    tx.onabort = () => reject(tx.error ?? new Error('The early read was aborted.'));
  });
}

let started: Promise<EarlyRead | undefined> | undefined;

/** Starts the early read (once per page). */
export function startEarlyRead(): void {
  started ??= readEarly();
}

/** The early read, if one was started and not taken yet: the store takes it once. */
export function takeEarlyRead(): Promise<EarlyRead | undefined> | undefined {
  const read = started;
  started = undefined;
  return read;
}
