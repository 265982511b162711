import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIdbStore, READ_PART } from '../../../src/storage/idb-store';
import { runPartsSync } from '../../../src/domain/sync/parts-sync';
import type { PartsStore } from '../../../src/domain/sync/parts-sync';
import { partsPorts, partsServer, publishUnchecked, type PartsServer } from '../sync/parts-server';
import { V1, V2, breakPutAfter, freshName, isConsistent, openTestStore, serviceCount, version } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('replaceDirectory (IndexedDB)', () => {
  it('stores the whole directory and loads it back exactly as published', async () => {
    const store = await openTestStore();
    const { directory, info } = version(1, 35);
    await store.replaceDirectory(directory, info);
    const loaded = await store.loadDirectory();
    expect(loaded?.directory).toEqual(directory);
    expect(loaded?.info).toMatchObject({ version: V1, counts: { services: 35, organizations: 4, locations: 4 } });
    expect(await store.currentVersion()).toBe(V1);
    store.close();
  });

  it('reads a directory of several parts (each its own task on the page) back whole and in order', async () => {
    const store = await openTestStore();
    const services = READ_PART * 2 + 7;
    const { directory, info } = version(1, services);
    await store.replaceDirectory(directory, info);
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const loaded = await store.loadDirectory();
    expect(loaded?.directory).toEqual(directory);
    expect(getAll.mock.calls.filter(([, count]) => count === READ_PART).length).toBeGreaterThanOrEqual(3);
    store.close();
  });

  it('a put that throws in the middle of the write leaves the old directory complete and in use', async () => {
    const store = await openTestStore();
    await store.replaceDirectory(version(1).directory, version(1).info);
    breakPutAfter(10, 'services', new DOMException('Disk error', 'UnknownError'));
    await expect(store.replaceDirectory(version(2).directory, version(2).info)).rejects.toMatchObject({
      name: 'UnknownError',
    });
    vi.restoreAllMocks();
    const loaded = await store.loadDirectory();
    expect(loaded?.info.version).toBe(V1);
    expect(serviceCount(loaded!.directory)).toBe(30);
    expect(isConsistent(loaded!.directory)).toBe(true);
    store.close();
  });

  it('a transaction aborted mid-write (closed tab, crash) leaves the old directory', async () => {
    const store = await openTestStore();
    await store.replaceDirectory(version(1).directory, version(1).info);
    breakPutAfter(17, 'services', 'abort');
    await expect(store.replaceDirectory(version(2).directory, version(2).info)).rejects.toBeDefined();
    vi.restoreAllMocks();
    const loaded = await store.loadDirectory();
    expect(loaded?.info.version).toBe(V1);
    expect(isConsistent(loaded!.directory)).toBe(true);
    expect(serviceCount(loaded!.directory)).toBe(30);
  });

  it('quota exceeded while writing: the error says so and the old data is kept', async () => {
    const store = await openTestStore();
    await store.replaceDirectory(version(1).directory, version(1).info);
    breakPutAfter(5, 'services', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(store.replaceDirectory(version(2).directory, version(2).info)).rejects.toMatchObject({
      name: 'QuotaExceededError',
    });
    vi.restoreAllMocks();
    expect((await store.loadDirectory())?.info.version).toBe(V1);
  });

  it('readers running next to a replace see all-old or all-new, never a mix', async () => {
    const store = await openTestStore();
    await store.replaceDirectory(version(1, 200).directory, version(1, 200).info);
    const before = store.loadDirectory();
    const write = store.replaceDirectory(version(2, 150).directory, version(2, 150).info);
    const during = [store.loadDirectory(), store.loadDirectory()];
    await write;
    const results = await Promise.all([before, ...during]);
    for (const result of results) {
      expect(result).toBeDefined();
      expect(isConsistent(result!.directory)).toBe(true);
      expect(serviceCount(result!.directory)).toBe(result!.info.version === V1 ? 200 : 150);
    }
    expect((await store.loadDirectory())?.info.version).toBe(V2);
  });

  it('records missing behind a meta (partly evicted or tampered) count as no directory', async () => {
    const name = freshName();
    const store = await openIdbStore({ name });
    await store.replaceDirectory(version(1).directory, version(1).info);
    store.close();
    // Lose one record behind the store's back, the way only an outside cause could.
    const raw = await openDB(name);
    await raw.delete('services', 'angebot-7');
    raw.close();
    const reopened = await openIdbStore({ name });
    expect(await reopened.currentVersion()).toBeUndefined();
    expect(await reopened.loadDirectory()).toBeUndefined();
    reopened.close();
  });
});

/** One sync of the directory in parts, for a phone showing German. */
const sync = (server: PartsServer, store: PartsStore) => runPartsSync(partsPorts(server, store), []);

describe('sync into IndexedDB with injected failures', () => {
  it('first visit stores everything; a failed update later keeps the old directory in use', async () => {
    const store = await openTestStore();
    const server = partsServer(publishUnchecked(version(1).directory));
    expect((await sync(server, store)).kind).toBe('updated');
    expect(await store.currentVersion()).toBe(V1);

    server.publication = publishUnchecked(version(2).directory);
    breakPutAfter(3, 'services', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const outcome = await sync(server, store);
    vi.restoreAllMocks();
    expect(outcome.kind).toBe('storage-full');
    const loaded = await store.loadDirectory();
    expect(loaded?.info.version).toBe(V1);
    expect(isConsistent(loaded!.directory)).toBe(true);

    // The next try with enough space succeeds.
    expect((await sync(server, store)).kind).toBe('updated');
    expect((await store.loadDirectory())?.info.version).toBe(V2);
  });

  it('storage evicted while the app is open (connection closed by the browser): reopens and downloads again', async () => {
    const name = freshName();
    const opened: IDBOpenDBRequest[] = [];
    const realOpen = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((...args: Parameters<IDBFactory['open']>) => {
      const request = realOpen(...args);
      opened.push(request);
      return request;
    });
    let terminated = false;
    const store = await openIdbStore({ name, onTerminated: () => (terminated = true) });
    const server = partsServer(publishUnchecked(version(1).directory));
    await sync(server, store);

    // The browser clears the origin's data: it closes our connection (a "close" event) and deletes the database.
    const raw = opened[0]!.result;
    raw.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase(name).onsuccess = resolve));
    // fake-indexeddb only dispatches its own event objects; any of them named "close" will do.
    raw.dispatchEvent(new IDBVersionChangeEvent('close'));
    expect(terminated).toBe(true);

    expect(await store.currentVersion()).toBeUndefined();
    expect((await sync(server, store)).kind).toBe('updated');
    expect(serviceCount((await store.loadDirectory())!.directory)).toBe(30);
    store.close();
  });

  it('evicted data: an emptied database is downloaded again on the next sync', async () => {
    const store = await openTestStore();
    const server = partsServer(publishUnchecked(version(1).directory));
    await sync(server, store);
    await store.clearMyData({ includeDirectory: true }); // same effect as the browser evicting the origin's data
    expect(await store.currentVersion()).toBeUndefined();
    expect((await sync(server, store)).kind).toBe('updated');
    expect(serviceCount((await store.loadDirectory())!.directory)).toBe(30);
  });
});
