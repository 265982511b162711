import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import { isOlderThan } from '../../../src/domain/sync/order';
import type { DirectoryInfo } from '../../../src/domain/sync/ports';
import { runSync } from '../../../src/domain/sync/sync';
import { createMemoryStore } from '../../../src/storage/memory-store';
import type { AppStore } from '../../../src/storage/store';
import { syntheticDirectory } from '../../../src/tools/bench/synthetic-directory';
import { fakeServer, portsFor, publish } from '../sync/fake-server';
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

describe.each(stores)('replaceDirectory never goes backwards (%s)', (_kind, open) => {
  it('an older directory offered after a newer one was stored is refused, and the newer one stays whole', async () => {
    const store = await open();
    expect(await store.replaceDirectory(published(NEWER).directory, published(NEWER).info)).toEqual({ replaced: true });
    const refused = await store.replaceDirectory(published(OLDER).directory, published(OLDER).info);
    expect(refused).toEqual({ replaced: false, newer: { version: NEWER.version, generatedAt: NEWER.generatedAt } });
    const loaded = await store.loadDirectory();
    expect(loaded?.directory).toEqual(published(NEWER).directory);
    store.close();
  });

  it('a newer directory replaces an older one', async () => {
    const store = await open();
    await store.replaceDirectory(published(OLDER).directory, published(OLDER).info);
    expect(await store.replaceDirectory(published(NEWER).directory, published(NEWER).info)).toEqual({ replaced: true });
    expect(await store.currentVersion()).toBe(NEWER.version);
    store.close();
  });

  it('two tabs syncing while the publication changes: the slow tab with the older download ends "newer-stored"', async () => {
    const store = await open();
    // Tab A read the old manifest and is still downloading; meanwhile tab B stores the new publication.
    const slowTab = fakeServer(publish(published(OLDER).directory));
    const fastTab = fakeServer(publish(published(NEWER).directory));
    const ports = portsFor(slowTab, store);
    let releaseBody!: () => void;
    const bodyArrives = new Promise<void>((resolve) => (releaseBody = resolve));
    const download = ports.fetchDirectory;
    ports.fetchDirectory = async (version, stop) => {
      await bodyArrives;
      return download(version, stop);
    };
    const slow = runSync(ports);
    expect((await runSync(portsFor(fastTab, store))).kind).toBe('updated');
    releaseBody();
    expect(await slow).toEqual({ kind: 'newer-stored', version: NEWER.version, offered: OLDER.version });
    expect(await store.currentVersion()).toBe(NEWER.version);
    store.close();
  });
});
