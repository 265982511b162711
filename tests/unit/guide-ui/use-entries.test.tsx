/**
 * The few services a screen shows (the Merkliste's successors, the emergency duty, visit mode, the
 * timeline's contacts), read by id from the match table's source: in the order asked, without the ids
 * the directory does not list, and nothing until every listed one is known. Rendered to a string, no
 * browser (effects do not run there: the browser tests count the reads a page makes).
 */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { matchesOf, storedMatches, type MatchSource } from '../../../src/app/data/match-source';
import { entriesFor, useEntries } from '../../../src/app/data/use-matches';
import type { DirectoryState } from '../../../src/app/data/directory-state';
import { useRetiredSaved } from '../../../src/app/screens/retired-saved';
import type { Directory, Retirement } from '../../../src/domain/directory/schema';
import { directoryEntries, type DirectoryEntry } from '../../../src/domain/guide/entries';
import { createMemoryStore } from '../../../src/storage/memory-store';
import type { SavedContact } from '../../../src/storage/records';
import { publishedRegion } from '../../fixtures/region';

const directory = publishedRegion();
const entries = directoryEntries(directory);
const info = { version: directory.meta.version, sha256: 'e'.repeat(64), bytes: 1000, fetchedAt: 1 };
const [a, b, c] = [entries[4]!, entries[1]!, entries[7]!];
const ids = (list: readonly DirectoryEntry[] | undefined) => list?.map((entry) => entry.service.id);

async function stored(from: Directory = directory) {
  const store = createMemoryStore();
  await store.replaceDirectory(from, { ...info, version: from.meta.version });
  const table = (await store.loadMatchTable())!;
  const readEntries = vi.spyOn(store, 'readEntries');
  return { readEntries, source: storedMatches(store, table.rows, table.info) };
}

/** A source over a directory already in memory (another screen loaded it, or it could not be stored). */
function inMemory(from: Directory): MatchSource {
  const state: DirectoryState = {
    status: 'ready',
    storage: 'memory',
    syncing: false,
    updateNotice: false,
    superseded: false,
    directory: from,
  };
  return matchesOf(state)!;
}

/** What the hook gives on a render. */
function rendered(source: MatchSource | undefined, asked: readonly string[] | undefined) {
  const probe: { shown?: readonly DirectoryEntry[] | undefined; rendered?: true } = {};
  function Probe() {
    probe.shown = useEntries(source, asked);
    probe.rendered = true;
    return null;
  }
  renderToString(<Probe />);
  expect(probe.rendered).toBe(true);
  return probe.shown;
}

describe('the services a screen shows, read by id', () => {
  it('lists what is still to be read (each id once, unlisted ids left out) and nothing until all is read', async () => {
    const { source, readEntries } = await stored();
    const asked = [a.service.id, 'nicht-im-verzeichnis', b.service.id, a.service.id, c.service.id];
    expect(entriesFor(source, asked)).toEqual({
      entries: undefined,
      unread: [a.service.id, b.service.id, c.service.id],
    });
    expect(rendered(source, asked)).toBeUndefined();

    await source.read(entriesFor(source, asked).unread);
    expect(readEntries).toHaveBeenCalledOnce();
    // In the order asked, a repeated id as often as asked, the unknown one left out.
    expect(entriesFor(source, asked)).toEqual({ entries: [a, b, a, c], unread: [] });
    expect(ids(rendered(source, asked))).toEqual([a.service.id, b.service.id, a.service.id, c.service.id]);
  });

  it('knows at once the services of a directory in memory, and asks for nothing', () => {
    const source = inMemory(directory);
    expect(entriesFor(source, [c.service.id, a.service.id]).unread).toEqual([]);
    expect(rendered(source, [c.service.id, a.service.id])).toEqual([c, a]);
  });

  it('gives an empty list for no ids or only unlisted ones, and nothing before the table is read', async () => {
    const { source } = await stored();
    expect(rendered(source, [])).toEqual([]);
    expect(rendered(source, ['gibt-es-nicht'])).toEqual([]);
    expect(rendered(source, undefined)).toBeUndefined();
    expect(rendered(undefined, [a.service.id])).toBeUndefined();
  });
});

describe('the Merkliste’s retired services', () => {
  const record: Retirement = {
    id: 'alter-kurs',
    date: '2026-10-01',
    reason: { de: 'Der Kurs wurde eingestellt.' },
    successor: b.service.id,
  };
  const withoutSuccessor: Retirement = { id: 'alte-beratung', date: '2026-09-01', reason: { de: 'Eingestellt.' } };
  const retiredDirectory: Directory = { ...directory, retired: [record, withoutSuccessor] };
  const saved = (id: string, inDirectory: boolean): SavedContact => ({
    id,
    position: 0,
    savedAt: 0,
    inDirectory,
    snapshot: { service: { ...a.service, id }, locations: [] },
  });
  const contacts = [saved(a.service.id, true), saved(record.id, false), saved(withoutSuccessor.id, false)];

  function retiredOf(source: MatchSource | undefined) {
    const probe: { shown?: ReturnType<typeof useRetiredSaved>; rendered?: true } = {};
    function Probe() {
      probe.shown = useRetiredSaved(source, contacts);
      probe.rendered = true;
      return null;
    }
    renderToString(<Probe />);
    expect(probe.rendered).toBe(true);
    return probe.shown;
  }

  it('come with the editors’ record from the stored head and their successor, read by id only', async () => {
    const { source, readEntries } = await stored(retiredDirectory);
    expect(source.retired).toEqual([record, withoutSuccessor]);
    // The successor is not read yet: nothing to show.
    expect(retiredOf(source)).toBeUndefined();
    await source.read([b.service.id]);
    expect(readEntries.mock.calls.map(([, asked]) => asked)).toEqual([[b.service.id]]);
    const retired = retiredOf(source);
    expect(retired).toEqual(
      new Map([
        [record.id, { record, successor: b.service }],
        [withoutSuccessor.id, { record: withoutSuccessor, successor: undefined }],
      ]),
    );
  });

  it('are the same from a directory in memory; a saved service still listed has none', () => {
    const retired = retiredOf(inMemory(retiredDirectory));
    expect([...(retired?.keys() ?? [])]).toEqual([record.id, withoutSuccessor.id]);
    expect(retired?.get(record.id)?.successor).toEqual(b.service);
    expect(retiredOf(undefined)).toBeUndefined();
  });
});
