import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION } from '../../../src/storage/db-schema';
import { readEarly } from '../../../src/storage/early-read';
import { openIdbStore } from '../../../src/storage/idb-store';
import { DB_VERSION, MIGRATIONS } from '../../../src/storage/migrations';
import { openAppStore } from '../../../src/storage/open-store';
import { freshName, openTestStore, V1, V2, version } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((db) => db.name ?? '');
}

/** The database's version and stores, opened without a version (never upgrades). */
async function shapeOf(name: string): Promise<{ version: number; stores: string[] }> {
  const db = await openDB(name);
  const shape = { version: db.version, stores: [...db.objectStoreNames].sort() };
  db.close();
  return shape;
}

/** A phone with the current database and a stored directory of `services` services. */
async function phoneWithDirectory(services: number): Promise<string> {
  const name = freshName();
  const store = await openTestStore({ name });
  const { directory, info } = version(1, services);
  await store.replaceDirectory(directory, info);
  await store.writeSyncState({ lastSuccessAt: 1_800_000_000_000 });
  store.close();
  return name;
}

describe('the early read of a cold start', () => {
  it('reads the version the migrations make', () => {
    expect(CURRENT_VERSION).toBe(DB_VERSION);
  });

  it('creates nothing on a phone without a database, and the store opens as usual', async () => {
    const name = freshName();
    expect(await readEarly({ name })).toBeUndefined();
    expect(await databaseNames()).not.toContain(name);
    const opened = await openAppStore({ name, early: Promise.resolve(undefined) });
    expect(opened.problem).toBeUndefined();
    expect(opened.store.kind).toBe('indexeddb');
    expect(await opened.store.readDirectoryInfo()).toBeUndefined();
    const { directory, info } = version(1, 5);
    await opened.store.replaceDirectory(directory, info);
    expect((await opened.store.loadMatchTable())?.rows).toHaveLength(5);
    opened.store.close();
    expect((await shapeOf(name)).version).toBe(DB_VERSION);
  });

  it('leaves an older database untouched for the migrations, which then upgrade it', async () => {
    const name = freshName();
    // Version 5: the match table's records, not yet its texts.
    const older = await openIdbStore({ name, migrations: MIGRATIONS.slice(0, 5) });
    await older.setSetting('persistRequested', true);
    older.close();
    const before = await shapeOf(name);
    expect(before.version).toBe(5);

    expect(await readEarly({ name })).toBeUndefined();
    expect(await shapeOf(name)).toEqual(before);

    const opened = await openAppStore({ name, early: readEarly({ name }) });
    expect(opened.store.kind).toBe('indexeddb');
    expect((await shapeOf(name)).version).toBe(DB_VERSION);
    expect(await opened.store.getSettings()).toEqual({ persistRequested: true });
    opened.store.close();
  });

  it('hands the store the same head, table and sync history the store reads itself', async () => {
    const name = await phoneWithDirectory(1_234);
    const early = await readEarly({ name });
    expect(early?.isOpen()).toBe(true);
    expect(early?.snapshot.matchParts.length).toBe(3);

    const taken = await openAppStore({ name, early: Promise.resolve(early) });
    const own = await openTestStore({ name });
    const [head, table, sync] = [
      await taken.store.readDirectoryInfo(),
      await taken.store.loadMatchTable(),
      await taken.store.readSyncState(),
    ];
    expect(head?.version).toBe(V1);
    expect(head).toEqual(await own.readDirectoryInfo());
    expect(table?.rows).toHaveLength(1_234);
    expect(table).toEqual(await own.loadMatchTable());
    expect(sync).toEqual({ lastSuccessAt: 1_800_000_000_000 });
    // The store works on the connection it took.
    const id = table!.rows[7]!.id;
    expect((await taken.store.readEntries(V1, [id]))?.map((entry) => entry.service.id)).toEqual([id]);
    taken.store.close();
    own.close();
  });

  it('does not count the records; the store counts them when asked, and a record lost behind its back shows then', async () => {
    const name = await phoneWithDirectory(30);
    const raw = await openDB(name);
    const lost = (await raw.getAllKeys('services'))[7]!;
    await raw.delete('services', lost);
    raw.close();

    const { store } = await openAppStore({ name, early: readEarly({ name }) });
    // The cold start's first reads trust the head read with the table …
    expect((await store.readDirectoryInfo())?.version).toBe(V1);
    expect((await store.loadMatchTable())?.rows).toHaveLength(30);
    // … the count, asked once the page is idle, finds the gap, and every later read treats it as absent.
    expect(await store.isStoredComplete()).toBe(false);
    expect(await store.readDirectoryInfo()).toBeUndefined();
    store.close();

    const whole = await phoneWithDirectory(30);
    const complete = await openAppStore({ name: whole, early: readEarly({ name: whole }) });
    expect(await complete.store.isStoredComplete()).toBe(true);
    complete.store.close();
    const empty = await openTestStore({ name: freshName() });
    expect(await empty.isStoredComplete()).toBe(true);
    empty.close();
  });

  it('never mixes versions: a directory written after the early read is read on the next read, head and table alike', async () => {
    const name = await phoneWithDirectory(30);
    const early = readEarly({ name });
    await early;
    const other = await openTestStore({ name });
    const { directory, info } = version(2, 40);
    await other.replaceDirectory(directory, info);

    const { store } = await openAppStore({ name, early });
    const head = await store.readDirectoryInfo();
    const table = await store.loadMatchTable();
    expect([head?.version, table?.info.version, table?.rows.length]).toEqual([V1, V1, 30]);
    const next = await store.loadMatchTable();
    expect([(await store.readDirectoryInfo())?.version, next?.info.version, next?.rows.length]).toEqual([V2, V2, 40]);
    store.close();
    other.close();
  });

  it('a refresh ends the early read for every kind: a table read after a second head read is the stored one', async () => {
    const name = await phoneWithDirectory(30);
    const early = readEarly({ name });
    await early;
    const other = await openTestStore({ name });
    const { store } = await openAppStore({ name, early });
    expect((await store.readDirectoryInfo())?.version).toBe(V1);
    const { directory, info } = version(2, 40);
    await other.replaceDirectory(directory, info);
    expect((await store.readDirectoryInfo())?.version).toBe(V2);
    expect((await store.loadMatchTable())?.rows).toHaveLength(40);
    expect(await store.readSyncState()).toEqual({ lastSuccessAt: 1_800_000_000_000 });
    store.close();
    other.close();
  });

  it('a write through the store makes it read again', async () => {
    const name = await phoneWithDirectory(10);
    const { store } = await openAppStore({ name, early: readEarly({ name }) });
    const { directory, info } = version(2, 20);
    await store.replaceDirectory(directory, info);
    expect((await store.readDirectoryInfo())?.version).toBe(V2);
    expect((await store.loadMatchTable())?.rows).toHaveLength(20);
    store.close();
  });

  it('lets another tab upgrade at once: the connection closes, the store is not given it and says why', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = await phoneWithDirectory(10);
    const early = await readEarly({ name });
    // A newer app in another tab upgrades the database: not blocked by the early read's connection.
    let blocked = false;
    const newer = await openDB(name, DB_VERSION + 1, { blocked: () => (blocked = true) });
    expect(blocked).toBe(false);
    expect(early?.isOpen()).toBe(false);
    newer.close();
    const opened = await openAppStore({ name, early: Promise.resolve(early) });
    expect(opened.problem).toBe('newer-version');
    expect(opened.store.kind).toBe('memory');
  });

  it('a store that took the connection closes it when another tab upgrades, and tells the page', async () => {
    const name = await phoneWithDirectory(10);
    let superseded = false;
    const { store } = await openAppStore({
      name,
      early: readEarly({ name }),
      onVersionChange: () => (superseded = true),
    });
    expect((await store.readDirectoryInfo())?.version).toBe(V1);
    const newer = await openDB(name, DB_VERSION + 1);
    expect(superseded).toBe(true);
    await expect(store.listSaved()).rejects.toMatchObject({ name: 'StoreClosedError' });
    newer.close();
  });

  it('does not read a newer database: the store says it belongs to a newer version', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = await phoneWithDirectory(5);
    const newer = await openDB(name, DB_VERSION + 1);
    newer.close();
    expect(await readEarly({ name })).toBeUndefined();
    expect((await shapeOf(name)).version).toBe(DB_VERSION + 1);
    expect((await openAppStore({ name, early: readEarly({ name }) })).problem).toBe('newer-version');
  });

  it('without IndexedDB there is nothing to read', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await readEarly({ name: freshName() })).toBeUndefined();
    vi.unstubAllGlobals();
  });
});
