import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../../src/app/data/persistence';
import { createMemoryStore } from '../../../src/storage/memory-store';
import { openTestStore } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

function fakeStorage(persisted = false) {
  const storage = { persisted: vi.fn(async () => persisted), persist: vi.fn(async () => true) };
  vi.stubGlobal('navigator', { storage });
  return storage;
}

describe('requestPersistence', () => {
  it('asks the browser once, and remembers that it asked', async () => {
    const storage = fakeStorage();
    const store = await openTestStore();
    expect(await requestPersistence(store)).toBe(true);
    expect(await requestPersistence(store)).toBe(false);
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect((await store.getSettings()).persistRequested).toBe(true);
    store.close();
  });

  it('does not ask when the data is already persistent', async () => {
    const storage = fakeStorage(true);
    const store = await openTestStore();
    expect(await requestPersistence(store)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
    store.close();
  });

  it('does not ask in memory mode (nothing to keep) or without the API', async () => {
    const storage = fakeStorage();
    expect(await requestPersistence(createMemoryStore())).toBe(false);
    expect(storage.persist).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', {});
    const store = await openTestStore();
    expect(await requestPersistence(store)).toBe(false);
    store.close();
  });
});
