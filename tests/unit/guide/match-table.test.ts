import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/guide/answers';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { matchTable } from '../../../src/domain/guide/match-table';
import { rankResults } from '../../../src/domain/guide/rank';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { passesFilters, type SearchFilters } from '../../../src/domain/search/filters';
import { openIdbStore } from '../../../src/storage/idb-store';
import { createMemoryStore } from '../../../src/storage/memory-store';
import type { AppStore } from '../../../src/storage/store';
import taxonomy from '../../../src/domain/taxonomy.json';
import { publishedRegion } from '../../fixtures/region';
import { freshName } from '../storage/helpers';

const directory = publishedRegion();
const entries = directoryEntries(directory);
const info = { version: directory.meta.version, sha256: 'c'.repeat(64), bytes: 1000, fetchedAt: 1 };
const towns = [
  ...new Set(
    entries.flatMap(({ service: s }) => (s.serviceArea.scope === 'municipality' ? s.serviceArea.municipalities : [])),
  ),
];
const topics = [...new Set(entries.flatMap((e) => e.service.topics))];
const stages = taxonomy.lifeStages.map((stage) => stage.code);
const moments = [
  berlinMoment(new Date('2026-11-24T10:00+01:00')), // a Tuesday morning
  berlinMoment(new Date('2026-11-29T03:00+01:00')), // a Sunday night
];

/** Every town (and none) × several topics and life stages, urgent or not: the answers a family can give. */
function answerSets(): Answers[] {
  const sets: Answers[] = [{ lifeStages: [], topics: [] }];
  for (const municipality of [undefined, ...towns]) {
    for (const [i, topic] of topics.entries()) {
      const lifeStages = [stages[i % stages.length]!];
      const base = municipality ? { municipality } : {};
      sets.push({ ...base, lifeStages, topics: [topic] });
      sets.push({ ...base, lifeStages: [], topics: [topic, topics[(i + 3) % topics.length]!], urgent: true });
      sets.push({ ...base, lifeStages, topics: [] });
    }
  }
  return sets;
}

const stores: [string, () => Promise<AppStore>][] = [
  ['IndexedDB', () => openIdbStore({ name: freshName() })],
  ['memory', async () => createMemoryStore()],
];

describe.each(stores)('the match table stored by the %s store', (_kind, open) => {
  it('has one row per service of the test region, in the directory order', async () => {
    const store = await open();
    await store.replaceDirectory(directory, info);
    const table = await store.loadMatchTable();
    expect(table?.info.version).toBe(directory.meta.version);
    expect(table?.rows).toEqual(matchTable(directory));
    expect(table?.rows.map((row) => row.service.id)).toEqual(entries.map((entry) => entry.service.id));
    store.close();
  });

  it('ranks and filters exactly as the full services do, for every answer set and language', async () => {
    const store = await open();
    await store.replaceDirectory(directory, info);
    const rows = (await store.loadMatchTable())!.rows;
    const sets = answerSets();
    expect(sets.length).toBeGreaterThan(50);
    for (const now of moments) {
      for (const language of ['de', 'tr', 'ar']) {
        for (const answers of sets) {
          const full = rankResults(entries, answers, { language, now });
          const fromTable = rankResults(rows, answers, { language, now });
          expect(fromTable.map((r) => [r.entry.service.id, r.group, r.reasons, r.speaksLanguage])).toEqual(
            full.map((r) => [r.entry.service.id, r.group, r.reasons, r.speaksLanguage]),
          );
          expect(fromTable.map((r) => r.status)).toEqual(full.map((r) => r.status));
        }
        const filterSets: SearchFilters[] = [
          { language },
          { free: true },
          { openNow: true },
          { municipality: towns[0]!, topic: topics[0]!, lifeStage: stages[1]! },
          { language, openNow: true, free: true },
        ];
        for (const filters of filterSets) {
          const passing = entries.filter((entry) => passesFilters(entry, filters, now)).map((e) => e.service.id);
          expect(rows.filter((row) => passesFilters(row, filters, now)).map((row) => row.id)).toEqual(passing);
        }
      }
    }
    store.close();
  });

  it('reads the full entries of the services asked for, in that order, and nothing for another version', async () => {
    const store = await open();
    await store.replaceDirectory(directory, info);
    const picked = [entries.at(-1)!, entries[0]!, entries[Math.floor(entries.length / 2)]!];
    const ids = picked.map((entry) => entry.service.id);
    expect(await store.readEntries(info.version, ids)).toEqual(picked);
    expect(await store.readEntries(info.version, [ids[0]!, 'kein-angebot'])).toEqual([picked[0]]);
    expect(await store.readEntries('another-version', ids)).toBeUndefined();
    store.close();
  });
});
