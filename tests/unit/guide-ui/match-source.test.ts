import { describe, expect, it, vi } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { storedMatches } from '../../../src/app/data/match-source';
import { createMemoryStore } from '../../../src/storage/memory-store';
import { publishedRegion } from '../../fixtures/region';

const directory = publishedRegion();
const entries = directoryEntries(directory);
const info = { version: directory.meta.version, sha256: 'd'.repeat(64), bytes: 1000, fetchedAt: 1 };

async function stored() {
  const store = createMemoryStore();
  await store.replaceDirectory(directory, info);
  const table = (await store.loadMatchTable())!;
  const readEntries = vi.spyOn(store, 'readEntries');
  return { store, readEntries, source: storedMatches(store, table.rows, table.info) };
}

describe('the services of the cards shown, read from the stored match table', () => {
  it('are read by id when a card asks, each once, also when asked again while being read', async () => {
    const { source, readEntries } = await stored();
    const ids = entries.slice(0, 6).map((entry) => entry.service.id);
    expect(source.known(ids[0]!)).toBeUndefined();
    await Promise.all([source.read(ids.slice(0, 3)), source.read(ids)]);
    expect(ids.map((id) => source.known(id))).toEqual(entries.slice(0, 6));
    expect(readEntries.mock.calls.map(([, asked]) => asked)).toEqual([ids.slice(0, 3), ids.slice(3)]);
    await source.read(ids);
    expect(readEntries).toHaveBeenCalledTimes(2);
  });

  it('reads nothing of a newer directory stored meanwhile (never a mix of versions)', async () => {
    const { store, source } = await stored();
    const newer = { ...directory, meta: { ...directory.meta, version: `${directory.meta.version}-neu` } };
    await store.replaceDirectory(newer, { ...info, version: newer.meta.version, fetchedAt: 2 });
    await source.read([entries[0]!.service.id]);
    expect(source.known(entries[0]!.service.id)).toBeUndefined();
    expect(await source.directory()).toBeUndefined();
  });
});
