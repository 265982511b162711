import { openDB, wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, type BffDB } from './db-schema';
import { matchPartsOf, matchRowsOf, type OrganizationRecord, type ServiceRecord } from './records';

/**
 * Versioned upgrades. Step n turns a version n-1 database into version n; a phone that skipped
 * releases runs every step it missed, in order. Add a step at the end, never edit an old one.
 * (tests/unit/storage/upgrade.test.ts opens the database at every earlier version and upgrades it.)
 */
export type MigrationStep = (
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
) => void;

const v1: MigrationStep = (db) => {
  const services = db.createObjectStore('services', { keyPath: 'id' });
  services.createIndex('by-municipality', 'areaKeys', { multiEntry: true });
  services.createIndex('by-topic', 'topics', { multiEntry: true });
  services.createIndex('by-life-stage', 'lifeStages', { multiEntry: true });
  services.createIndex('by-organization', 'organizationId');
  db.createObjectStore('organizations', { keyPath: 'id' });
  db.createObjectStore('meta');
  const saved = db.createObjectStore('saved', { keyPath: 'id' });
  saved.createIndex('by-position', 'position');
  db.createObjectStore('settings');
};

/**
 * No screen queried the services by town, topic, life stage or organization, nor the Merkliste by
 * position (both are read whole), yet every directory write paid for the five indexes: drop them.
 * The records stay as they are.
 */
const v2: MigrationStep = (_db, tx) => {
  const services = tx.objectStore('services');
  for (const index of ['by-municipality', 'by-topic', 'by-life-stage', 'by-organization']) services.deleteIndex(index);
  tx.objectStore('saved').deleteIndex('by-position');
};

/** The timeline's children (date of birth or due date, nickname, town): a store of their own. */
export const addChildren: MigrationStep = (db) => {
  db.createObjectStore('children', { keyPath: 'id' });
};

/**
 * The directory arrives in parts (src/domain/sync/parts-sync.ts): keep each part the stored directory
 * was joined from, by its SHA-256, so an update fetches only the parts that changed. The stored
 * directory stays as it is (stored whole: every language) until the next sync.
 */
const addParts: MigrationStep = (db) => {
  db.createObjectStore('parts');
};

/**
 * The match table (src/domain/guide/match-table.ts) next to the services: screens rank on it and read
 * only the services of the cards they show. A directory already on the phone gets its table here, in
 * the upgrade's own transaction, from the stored records (the phone may be offline for a while).
 */
const addMatchTable: MigrationStep = (db, tx) => {
  const match = db.createObjectStore('match', { keyPath: 'id' });
  const organizations = tx.objectStore('organizations').getAll() as Promise<OrganizationRecord[]>;
  const services = tx.objectStore('services').getAll() as Promise<ServiceRecord[]>;
  // Only IndexedDB requests are awaited here, so the upgrade's transaction stays open until every put is queued.
  void Promise.all([organizations, services]).then(([orgs, records]) => {
    // A failed put aborts the upgrade, and opening the database fails with its error.
    for (const row of matchRowsOf(orgs, records)) match.put(row).catch(() => undefined);
  });
};

/**
 * The match table also as a few JSON texts (`matchParts`), read at every cold start of a ranking page
 * instead of thousands of records. Built from the stored records, like step 5 (whose rows are not
 * written yet when this step runs on a phone that skipped both): the same rows, in the same order.
 */
const addMatchParts: MigrationStep = (db, tx) => {
  const parts = db.createObjectStore('matchParts');
  const organizations = tx.objectStore('organizations').getAll() as Promise<OrganizationRecord[]>;
  const services = tx.objectStore('services').getAll() as Promise<ServiceRecord[]>;
  void Promise.all([organizations, services]).then(([orgs, records]) => {
    matchPartsOf(matchRowsOf(orgs, records)).forEach((text, part) => parts.put(text, part).catch(() => undefined));
  });
};

export const MIGRATIONS: readonly MigrationStep[] = [v1, v2, addChildren, addParts, addMatchTable, addMatchParts];
export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  name?: string;
  /** For tests: open an older version, or add a future step. Defaults to every step above. */
  migrations?: readonly MigrationStep[];
  /** Our upgrade waits for another tab that still has the old version open. */
  onBlocked?: () => void;
  /** Another tab wants to upgrade: we have already closed our connection so it can. */
  onVersionChange?: () => void;
  /** The browser closed the connection (storage cleared, disk error). */
  onTerminated?: () => void;
}

export async function openDatabase(options: OpenOptions = {}): Promise<IDBPDatabase<BffDB>> {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = await openDB<unknown>(options.name ?? DB_NAME, migrations.length, {
    upgrade(database, oldVersion, newVersion, tx) {
      for (let version = oldVersion + 1; version <= (newVersion ?? migrations.length); version++) {
        migrations[version - 1]?.(database, tx);
      }
    },
    blocked() {
      options.onBlocked?.();
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // Close at once so the other tab's upgrade is never stuck; this tab keeps its data in memory
      // and asks to be reloaded (see src/app/data/).
      (event.target as IDBDatabase).close();
      options.onVersionChange?.();
    },
    terminated() {
      options.onTerminated?.();
    },
  });
  return db as unknown as IDBPDatabase<BffDB>;
}

/**
 * A connection opened elsewhere at the current version (early-read.ts): watched like one opened here,
 * closed at once when another tab wants to upgrade.
 */
export function adoptDatabase(db: IDBDatabase, options: OpenOptions = {}): IDBPDatabase<BffDB> {
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  db.addEventListener('close', () => options.onTerminated?.());
  return wrap(db) as unknown as IDBPDatabase<BffDB>;
}
