import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseDirectory } from '../../../src/domain/directory/schema';
import { openIdbStore } from '../../../src/storage/idb-store';
import { DB_VERSION, MIGRATIONS, openDatabase, type MigrationStep } from '../../../src/storage/migrations';
import { openAppStore } from '../../../src/storage/open-store';
import { headOf, snapshotOf, toRecords, type StoredDirectoryInfo } from '../../../src/storage/records';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { matchTable } from '../../../src/domain/guide/match-table';
import versionOne from '../../fixtures/storage/database-version-1.json';
import versionTwo from '../../fixtures/storage/database-version-2.json';
import { freshName, version } from './helpers';
/** Stores and indexes the current schema must have, whatever version a phone comes from. */
const EXPECTED = {
  services: [],
  organizations: [],
  match: [],
  matchParts: [],
  meta: [],
  saved: [],
  settings: [],
  children: [],
  parts: [],
};

async function shapeOf(name: string) {
  const db = await openDB(name);
  const stores = [...db.objectStoreNames].sort();
  const tx = db.transaction(stores);
  const shape = Object.fromEntries(stores.map((s) => [s, [...tx.objectStore(s).indexNames].sort()]));
  db.close();
  return { version: db.version, shape };
}

interface StoreSnapshot {
  keyPath: string | null;
  indexes: { name: string; keyPath: string; multiEntry: boolean }[];
  /** Records of a store with a key path; [key, value] pairs otherwise. */
  records: unknown[];
}

/**
 * A phone's database as the released version 1 of the app left it: its stores, indexes and records
 * (a directory, two saved contacts, a setting), frozen in tests/fixtures/storage/database-version-1.json
 * and written here with plain IndexedDB, never with MIGRATIONS or the store's code of today.
 */
async function createReleasedDatabase(
  name: string,
  snapshot: { version: number; stores: Record<string, StoreSnapshot> },
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, snapshot.version);
    request.onerror = () => reject(request.error);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [storeName, store] of Object.entries(snapshot.stores)) {
        const objectStore = db.createObjectStore(storeName, store.keyPath ? { keyPath: store.keyPath } : {});
        for (const index of store.indexes) {
          objectStore.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
        }
        for (const record of store.records) {
          if (store.keyPath) objectStore.put(record);
          else objectStore.put((record as [IDBValidKey, unknown])[1], (record as [IDBValidKey, unknown])[0]);
        }
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });
}

const released = versionOne as unknown as { version: number; stores: Record<string, StoreSnapshot> };
const releasedSaved = (released.stores.saved!.records as { id: string; position: number }[])
  .toSorted((a, b) => a.position - b.position)
  .map((record) => record.id);
const releasedInfo = (released.stores.meta!.records as [string, { version: string }][]).find(
  ([key]) => key === 'directory',
)![1];

describe('database upgrades', () => {
  it(`a fresh install creates every store and index of version ${DB_VERSION}`, async () => {
    const name = freshName();
    (await openIdbStore({ name })).close();
    expect(await shapeOf(name)).toEqual({ version: DB_VERSION, shape: EXPECTED });
  });

  it(`upgrades a phone's version-1 database with its data to version ${DB_VERSION}, keeping saved contacts, settings and the directory`, async () => {
    const name = freshName();
    await createReleasedDatabase(name, released);
    expect(releasedSaved).toHaveLength(2);

    const store = await openIdbStore({ name });
    expect((await store.listSaved()).map((contact) => contact.id)).toEqual(releasedSaved);
    expect((await store.listSaved()).every((contact) => contact.inDirectory)).toBe(true);
    expect(await store.getSettings()).toEqual({ persistRequested: true });
    expect(await store.currentVersion()).toBe(releasedInfo.version);
    const loaded = await store.loadDirectory();
    expect(loaded?.info.version).toBe(releasedInfo.version);
    expect(parseDirectory(loaded?.directory)).toMatchObject({ ok: true });
    const services = loaded!.directory.organizations.flatMap((organization) => organization.services);
    expect(services.map((service) => service.id).sort()).toEqual(
      (released.stores.services!.records as { id: string }[]).map((record) => record.id).sort(),
    );
    store.close();
    expect(await shapeOf(name)).toEqual({ version: DB_VERSION, shape: EXPECTED });
  });

  it('version 1 → 2 drops the five unused indexes and keeps the stored directory, the Merkliste and the settings', async () => {
    const name = freshName();
    const { directory, info } = version(1, 12);
    // Untyped: the current schema's types do not describe a version 1 database.
    const old = (await openDatabase({ name, migrations: MIGRATIONS.slice(0, 1) })) as unknown as IDBPDatabase;
    const records = toRecords(directory);
    const tx = old.transaction(['services', 'organizations', 'meta', 'saved', 'settings'], 'readwrite');
    // The records as version 1 wrote them, with the fields its indexes read.
    for (const record of records.services) {
      const { service } = record;
      const area = service.serviceArea;
      const areaKeys = area.scope === 'municipality' ? [...area.municipalities] : [`*${area.scope}`];
      await tx
        .objectStore('services')
        .put({ ...record, areaKeys, topics: service.topics, lifeStages: service.lifeStages });
    }
    for (const record of records.organizations) await tx.objectStore('organizations').put(record);
    const stored: StoredDirectoryInfo = { ...info, head: headOf(directory), counts: records.counts };
    await tx.objectStore('meta').put(stored, 'directory');
    await tx.objectStore('meta').put({ lastSuccessAt: 7, lastOutcome: 'updated' }, 'sync');
    const org = records.organizations[1]!.organization;
    const picks = [records.services[5]!, records.services[0]!];
    for (const [position, record] of picks.entries()) {
      const snapshot = snapshotOf(record.service, org, info.version);
      await tx.objectStore('saved').put({ id: record.id, position, savedAt: 100 + position, snapshot });
    }
    await tx.objectStore('settings').put(true, 'persistRequested');
    await tx.done;
    expect((await shapeOf(name)).shape.services).toHaveLength(4);
    old.close();

    const store = await openIdbStore({ name });
    expect(await shapeOf(name)).toEqual({ version: DB_VERSION, shape: EXPECTED });
    const loaded = await store.loadDirectory();
    expect(loaded?.directory).toEqual(directory);
    expect(loaded?.info).toEqual(stored);
    expect(await store.readSyncState()).toEqual({ lastSuccessAt: 7, lastOutcome: 'updated' });
    const saved = await store.listSaved();
    expect(saved.map((s) => [s.id, s.inDirectory])).toEqual(picks.map((r) => [r.id, true]));
    expect(saved[0]!.snapshot.organization?.name).toEqual(org.name);
    expect(await store.getSettings()).toEqual({ persistRequested: true });
    store.close();
  });

  it("version 2 → 4 adds the children's store and the store for the directory's parts and keeps the directory (stored whole: every language), the Merkliste, the settings and the sync state", async () => {
    const name = freshName();
    const releasedTwo = versionTwo as unknown as { version: number; stores: Record<string, StoreSnapshot> };
    await createReleasedDatabase(name, releasedTwo);
    expect((await shapeOf(name)).version).toBe(2);

    const store = await openIdbStore({ name });
    expect(await shapeOf(name)).toEqual({ version: DB_VERSION, shape: EXPECTED });
    expect((await store.listSaved()).map((contact) => contact.id)).toEqual(releasedSaved);
    expect(await store.getSettings()).toEqual({ persistRequested: true });
    expect(await store.readSyncState()).toMatchObject({ lastOutcome: 'up-to-date' });
    // No parts yet and no language list: the next sync of the same version downloads nothing.
    expect(await store.readHolding()).toEqual({ version: releasedInfo.version, languages: undefined });
    expect((await store.readParts(['a'.repeat(64)])).size).toBe(0);
    const loaded = await store.loadDirectory();
    expect(parseDirectory(loaded?.directory)).toMatchObject({ ok: true });
    store.close();
  });

  it('version 4 → 5 builds the match table of the directory already on the phone, row for row as a fresh store writes it', async () => {
    const name = freshName();
    const { directory, info } = version(1, 45);
    const old = (await openDatabase({ name, migrations: MIGRATIONS.slice(0, 4) })) as unknown as IDBPDatabase;
    const records = toRecords(directory);
    const tx = old.transaction(['services', 'organizations', 'meta'], 'readwrite');
    // Written in reverse, so the table's order must come from the records' positions, not the keys.
    for (const record of records.services.toReversed()) await tx.objectStore('services').put(record);
    for (const record of records.organizations.toReversed()) await tx.objectStore('organizations').put(record);
    await tx.objectStore('meta').put({ ...info, head: headOf(directory), counts: records.counts }, 'directory');
    await tx.done;
    old.close();

    const store = await openIdbStore({ name });
    expect(await shapeOf(name)).toEqual({ version: DB_VERSION, shape: EXPECTED });
    const table = await store.loadMatchTable();
    expect(table?.info.version).toBe(info.version);
    expect(table?.rows).toEqual(matchTable(directory));
    const entries = directoryEntries(directory);
    const picked = [entries[40]!, entries[3]!, entries[17]!];
    expect(
      await store.readEntries(
        info.version,
        picked.map((entry) => entry.service.id),
      ),
    ).toEqual(picked);
    store.close();
  });

  it("version 2 → 5 builds the match table of a released phone's directory (frozen fixture)", async () => {
    const name = freshName();
    await createReleasedDatabase(
      name,
      versionTwo as unknown as { version: number; stores: Record<string, StoreSnapshot> },
    );
    const store = await openIdbStore({ name });
    const loaded = await store.loadDirectory();
    const table = await store.loadMatchTable();
    expect(table?.rows.length).toBeGreaterThan(0);
    expect(table?.rows).toEqual(matchTable(loaded!.directory));
    store.close();
  });

  it('version 5 → 6 stores the match table as parts of text, read back row for row as the table of the directory on the phone', async () => {
    const name = freshName();
    const { directory, info } = version(1, 1100);
    const old = (await openDatabase({ name, migrations: MIGRATIONS.slice(0, 5) })) as unknown as IDBPDatabase;
    const records = toRecords(directory);
    const tx = old.transaction(['services', 'organizations', 'match', 'meta'], 'readwrite');
    for (const record of records.services.toReversed()) await tx.objectStore('services').put(record);
    for (const record of records.organizations.toReversed()) await tx.objectStore('organizations').put(record);
    for (const row of records.matches) await tx.objectStore('match').put(row);
    await tx.objectStore('meta').put({ ...info, head: headOf(directory), counts: records.counts }, 'directory');
    await tx.done;
    old.close();

    const store = await openIdbStore({ name });
    expect(await shapeOf(name)).toEqual({ version: DB_VERSION, shape: EXPECTED });
    const db = await openDB(name);
    // 1,100 rows: parts of 500, 500 and 100.
    expect(await db.getAllKeys('matchParts')).toEqual([0, 1, 2]);
    db.close();
    const table = await store.loadMatchTable();
    expect(table?.info.version).toBe(info.version);
    expect(table?.rows).toEqual(matchTable(directory));
    store.close();
  });

  it('parts of the match table that do not hold the directory are not used: the rows are read instead', async () => {
    const name = freshName();
    const store = await openIdbStore({ name });
    const { directory, info } = version(1, 600);
    await store.replaceDirectory(directory, info);
    const db = await openDB(name, DB_VERSION);
    await db.put('matchParts', JSON.stringify([{ order: 0 }]), 1);
    db.close();
    expect((await store.loadMatchTable())?.rows).toEqual(matchTable(directory));
    const cut = await openDB(name, DB_VERSION);
    await cut.delete('matchParts', 1);
    cut.close();
    expect((await store.loadMatchTable())?.rows).toEqual(matchTable(directory));
    store.close();
  });

  it('reopening at the same version runs no step again', async () => {
    const name = freshName();
    let runs = 0;
    const counting: MigrationStep[] = MIGRATIONS.map((step) => (db, tx) => {
      runs++;
      step(db, tx);
    });
    (await openDatabase({ name, migrations: counting })).close();
    (await openDatabase({ name, migrations: counting })).close();
    expect(runs).toBe(DB_VERSION);
  });

  it('a later step runs only on databases that do not have it yet, keeping existing records', async () => {
    const name = freshName();
    const store = await openIdbStore({ name });
    await store.setSetting('persistRequested', true);
    store.close();
    const future: MigrationStep = (db) => {
      db.createObjectStore('search-index');
    };
    const upgraded = await openDatabase({ name, migrations: [...MIGRATIONS, future] });
    expect(upgraded.version).toBe(DB_VERSION + 1);
    expect([...upgraded.objectStoreNames]).toContain('search-index');
    expect(await upgraded.get('settings', 'persistRequested')).toBe(true);
    upgraded.close();
  });
});

describe('a second tab and an upgrade', () => {
  it('the open tab closes its connection for the upgrade; no data is lost and it knows to reload', async () => {
    const name = freshName();
    let superseded = false;
    const oldTab = await openIdbStore({ name, onVersionChange: () => (superseded = true) });
    const { directory, info } = version(1);
    await oldTab.replaceDirectory(directory, info);
    await oldTab.saveContact(directory.organizations[0]!.services[1]!);

    let blocked = false;
    const newTab = await openDatabase({
      name,
      migrations: [...MIGRATIONS, (db) => void db.createObjectStore('extra')],
      onBlocked: () => (blocked = true),
    });
    expect(superseded).toBe(true);
    expect(blocked).toBe(false);
    expect(await newTab.count('services')).toBe(30);
    expect(await newTab.getAllKeys('saved')).toEqual(['angebot-1']);
    newTab.close();
    // The old tab's store refuses further work with a clear error instead of failing later.
    await expect(oldTab.listSaved()).rejects.toMatchObject({ name: 'StoreClosedError' });
  });

  it('an old connection that does not let go: the upgrade waits (blocked) and completes once it closes', async () => {
    const name = freshName();
    // A tab from before this code existed: it ignores versionchange.
    const stubborn = await openDB(name, DB_VERSION, {
      upgrade: (db, _o, _n, tx) => MIGRATIONS.forEach((step) => step(db as never, tx as never)),
    });
    await stubborn.put('settings', true, 'persistRequested');
    let blocked = false;
    const opening = openDatabase({
      name,
      migrations: [...MIGRATIONS, (db) => void db.createObjectStore('extra')],
      onBlocked: () => (blocked = true),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(blocked).toBe(true);
    stubborn.close();
    const upgraded = await opening;
    expect(await upgraded.get('settings', 'persistRequested')).toBe(true);
    upgraded.close();
  });

  it('when the other tab never lets go, this tab runs from memory instead of waiting forever', async () => {
    const name = freshName();
    // A tab from before this code existed holds the database and ignores versionchange.
    const holder = await openDB(name, DB_VERSION, {
      upgrade: (db, _o, _n, tx) => MIGRATIONS.forEach((step) => step(db as never, tx as never)),
    });
    const opened = await openAppStore({
      name,
      migrations: [...MIGRATIONS, () => undefined],
      blockedTimeoutMs: 30,
    });
    expect(opened).toMatchObject({ problem: 'blocked-timeout' });
    expect(opened.store.kind).toBe('memory');
    holder.close();
  });
});
