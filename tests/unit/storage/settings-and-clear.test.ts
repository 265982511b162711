import { describe, expect, it } from 'vitest';
import { openIdbStore } from '../../../src/storage/idb-store';
import { createMemoryStore } from '../../../src/storage/memory-store';
import type { AppStore } from '../../../src/storage/store';
import { V1, freshName, version } from './helpers';

const kinds: [string, () => Promise<AppStore>][] = [
  ['IndexedDB', () => openIdbStore({ name: freshName() })],
  ['memory', async () => createMemoryStore()],
];

async function filled(open: () => Promise<AppStore>): Promise<AppStore> {
  const store = await open();
  const { directory, info } = version(1);
  await store.replaceDirectory(directory, info);
  await store.saveContact(directory.organizations[0]!.services[0]!);
  await store.saveContact(directory.organizations[1]!.services[0]!);
  await store.setSetting('persistRequested', true);
  await store.writeSyncState({ lastAttemptAt: 5, lastSuccessAt: 5, lastOutcome: 'updated' });
  return store;
}

describe.each(kinds)('settings and "Meine Daten löschen" (%s)', (_kind, open) => {
  it('keeps typed settings', async () => {
    const store = await filled(open);
    expect(await store.getSettings()).toEqual({ persistRequested: true });
  });

  it('removes saved contacts and settings, keeps the directory, and says what it removed', async () => {
    const store = await filled(open);
    const report = await store.clearMyData({ includeDirectory: false });
    expect(report.savedContacts).toBe(2);
    expect(report.directory).toBe(false);
    expect(await store.listSaved()).toEqual([]);
    expect(await store.getSettings()).toEqual({});
    expect(await store.currentVersion()).toBe(V1);
    expect((await store.readSyncState()).lastOutcome).toBe('updated');
  });

  it('on request also removes the cached directory', async () => {
    const store = await filled(open);
    const report = await store.clearMyData({ includeDirectory: true });
    expect(report).toMatchObject({ savedContacts: 2, directory: true });
    expect(await store.currentVersion()).toBeUndefined();
    expect(await store.loadDirectory()).toBeUndefined();
  });

  it('on an empty phone reports that nothing was there', async () => {
    const store = await open();
    expect(await store.clearMyData({ includeDirectory: true })).toEqual({
      savedContacts: 0,
      children: 0,
      directory: false,
    });
  });
});
