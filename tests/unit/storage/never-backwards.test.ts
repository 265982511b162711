import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import { isOlderThan, keepsStored } from '../../../src/domain/sync/order';
import type { DirectoryInfo } from '../../../src/domain/sync/ports';
import { runPartsSync } from '../../../src/domain/sync/parts-sync';
import { createMemoryStore } from '../../../src/storage/memory-store';
import type { AppStore } from '../../../src/storage/store';
import { syntheticDirectory } from '../../../src/tools/bench/synthetic-directory';
import { partsPorts, partsServer, publishUnchecked } from '../sync/parts-server';
import { openTestStore } from './helpers';

const OLDER = {
  version: '2026-11-12T08:00:00.000Z-0000aaaa',
  generatedAt: '2026-11-12T08:00:00.000Z',
  label: 'Stand 1',
};
const NEWER = {
  version: '2026-11-20T08:00:00.000Z-0000bbbb',
  generatedAt: '2026-11-20T08:00:00.000Z',
  label: 'Stand 2',
};

function published(which: typeof OLDER): { directory: Directory; info: DirectoryInfo } {
  const directory = syntheticDirectory({ services: 20, version: which.version, label: which.label });
  directory.meta.generatedAt = which.generatedAt;
  const info = {
    version: which.version,
    generatedAt: which.generatedAt,
    sha256: 'a'.repeat(64),
    bytes: 1,
    fetchedAt: 1,
  };
  return { directory, info };
}

describe('isOlderThan: the order comes from meta.generatedAt', () => {
  it.each([
    ['earlier publication', OLDER, NEWER, true],
    ['later publication', NEWER, OLDER, false],
    ['same version', NEWER, NEWER, false],
    ['same moment, other content', { ...NEWER, version: 'other' }, NEWER, false],
    ['offered without a date', { version: 'x', generatedAt: undefined }, NEWER, false],
    ['stored without a date', OLDER, { version: 'y', generatedAt: undefined }, false],
    ['unreadable date', { version: 'x', generatedAt: 'gestern' }, NEWER, false],
  ])('%s', (_name, offered, stored, older) => {
    expect(isOlderThan(offered, stored)).toBe(older);
  });
});

const stores: [string, () => Promise<AppStore>][] = [
  ['IndexedDB', () => openTestStore()],
  ['memory', async () => createMemoryStore()],
];

describe('keepsStored: the compare-and-swap rule', () => {
  it.each([
    ['another writer stored a newer one since the sync looked', OLDER, NEWER, { version: undefined }, true],
    ['another writer stored an older one since', NEWER, OLDER, { version: undefined }, false],
    [
      'the stored one is still the one the sync saw (a deliberate republish)',
      OLDER,
      NEWER,
      { version: NEWER.version },
      false,
    ],
    ['no compare-and-swap asked for', OLDER, NEWER, undefined, false],
    ['nothing stored', OLDER, undefined, { version: undefined }, false],
  ] as const)('%s', (_name, offered, stored, seen, keeps) => {
    expect(keepsStored(offered, stored, seen)).toBe(keeps);
  });
});

describe.each(stores)('replaceDirectory never goes backwards (%s)', (_kind, open) => {
  it('an older directory from a sync that started before a newer one was stored is refused; the newer one stays whole', async () => {
    const store = await open();
    expect(await store.replaceDirectory(published(NEWER).directory, published(NEWER).info)).toEqual({ replaced: true });
    // The slow sync saw an empty phone when it started.
    const refused = await store.replaceDirectory(published(OLDER).directory, published(OLDER).info, {
      version: undefined,
    });
    expect(refused).toEqual({ replaced: false, newer: { version: NEWER.version, generatedAt: NEWER.generatedAt } });
    const loaded = await store.loadDirectory();
    expect(loaded?.directory).toEqual(published(NEWER).directory);
    store.close();
  });

  it('a newer directory replaces an older one', async () => {
    const store = await open();
    await store.replaceDirectory(published(OLDER).directory, published(OLDER).info);
    const seen = { version: OLDER.version };
    expect(await store.replaceDirectory(published(NEWER).directory, published(NEWER).info, seen)).toEqual({
      replaced: true,
    });
    expect(await store.currentVersion()).toBe(NEWER.version);
    store.close();
  });

  it('an older publication offered to the phone that holds what the sync saw is applied (a deliberate rollback)', async () => {
    const store = await open();
    await store.replaceDirectory(published(NEWER).directory, published(NEWER).info);
    const seen = { version: NEWER.version };
    expect(await store.replaceDirectory(published(OLDER).directory, published(OLDER).info, seen)).toEqual({
      replaced: true,
    });
    expect(await store.currentVersion()).toBe(OLDER.version);
    store.close();
  });

  it('two tabs syncing while the publication changes: the slow tab with the older download ends "newer-stored"', async () => {
    const store = await open();
    // Tab A read the old manifest and is still downloading; meanwhile tab B stores the new publication.
    const slowTab = partsServer(publishUnchecked(published(OLDER).directory));
    const fastTab = partsServer(publishUnchecked(published(NEWER).directory));
    const ports = partsPorts(slowTab, store);
    let releaseParts!: () => void;
    const partsArrive = new Promise<void>((resolve) => (releaseParts = resolve));
    const download = ports.fetchPart;
    ports.fetchPart = async (sha256, stop) => {
      await partsArrive;
      return download(sha256, stop);
    };
    const slow = runPartsSync(ports, []);
    expect((await runPartsSync(partsPorts(fastTab, store), [])).kind).toBe('updated');
    releaseParts();
    expect(await slow).toEqual({ kind: 'newer-stored', version: NEWER.version, offered: OLDER.version });
    expect(await store.currentVersion()).toBe(NEWER.version);
    store.close();
  });
});
