/**
 * The search screen's filters over a query's answer: checked in the directory's order for speed,
 * answered in the search's order. Pinned here: the same entries in the same order as checking each
 * entry in the search's order, for every filter of the test region, shuffled answers, a subset,
 * entries whose order is not their position, duplicates and table rows.
 */
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import type { MatchEntry } from '../../../src/domain/guide/match-table';
import { matchTable } from '../../../src/domain/guide/match-table';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { passesFilters, passingFilters, type SearchFilters } from '../../../src/domain/search/filters';
import taxonomy from '../../../src/domain/taxonomy.json';
import { publishedRegion } from '../../fixtures/region';

const directory = publishedRegion();
const entries = directoryEntries(directory);
const rows = matchTable(directory);
const now = berlinMoment(new Date('2026-11-24T10:00+01:00'));

const filterSets: SearchFilters[] = [
  {},
  { free: true },
  { openNow: true },
  { free: true, openNow: true },
  ...taxonomy.municipalities.map((m) => ({ municipality: m.code })),
  ...taxonomy.lifeStages.map((l) => ({ lifeStage: l.code })),
  ...taxonomy.topics.map((t) => ({ topic: t.code, language: 'tr' })),
];

/** A fixed shuffle (the search's order is not the directory's). */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const ids = (list: readonly MatchEntry[]) => list.map((entry) => entry.service.id);
const expected = (found: readonly MatchEntry[], filters: SearchFilters) =>
  ids(found.filter((entry) => passesFilters(entry, filters, now)));

describe('passingFilters', () => {
  it('answers as checking each entry in the search order, for every filter, shuffled and in part', () => {
    expect(entries.length).toBeGreaterThan(10);
    let narrowed = 0;
    for (const filters of filterSets) {
      const lists: [number, readonly MatchEntry[]][] = [
        [1, shuffled(entries, 1)],
        [2, shuffled(entries, 2).slice(0, Math.ceil(entries.length / 3))],
        [3, shuffled(rows, 3)],
        [4, [...entries].reverse()],
      ];
      for (const [seed, found] of lists) {
        const want = expected(found, filters);
        expect({ seed, filters, ids: ids(passingFilters(found, filters, now)) }).toEqual({ seed, filters, ids: want });
        if (want.length > 0 && want.length < found.length) narrowed += 1;
      }
    }
    // The filter sets do narrow (the comparison is not between two unfiltered lists).
    expect(narrowed).toBeGreaterThan(filterSets.length);
  });

  it('answers a new list, also without filters, and leaves nothing behind for the next call', () => {
    const found = shuffled(entries, 5);
    const all = passingFilters(found, {}, now);
    expect(all).toEqual(found);
    expect(all).not.toBe(found);
    const free = { free: true };
    const first = ids(passingFilters(found, free, now));
    expect(ids(passingFilters(found.slice(0, 3), free, now))).toEqual(expected(found.slice(0, 3), free));
    expect(ids(passingFilters(found, free, now))).toEqual(first);
  });

  it('reads a service again when another one takes its place in the directory (a new version)', () => {
    const found = shuffled(entries, 9);
    const towns = taxonomy.municipalities.map((m) => m.code);
    // The same places, each service changed: the other "free", another town or the whole Kreis.
    const changed = found.map((entry, i) => ({
      ...entry,
      service: {
        ...entry.service,
        flags: { ...entry.service.flags, free: entry.service.flags.free !== true },
        serviceArea:
          entry.service.serviceArea.scope === 'municipality'
            ? { scope: 'kreis' as const }
            : { scope: 'municipality' as const, municipalities: [towns[i % towns.length]!] },
      },
    }));
    for (const filters of filterSets) {
      expect(ids(passingFilters(found, filters, now))).toEqual(expected(found, filters));
      expect(ids(passingFilters(changed, filters, now))).toEqual(expected(changed, filters));
      expect(ids(passingFilters(found, filters, now))).toEqual(expected(found, filters));
    }
    expect(expected(changed, { free: true })).not.toEqual(expected(found, { free: true }));
  });

  it('keeps duplicates and entries whose order is not a position, in the search order', () => {
    const found = shuffled(entries, 7);
    const twice = [...found.slice(0, 4), ...found.slice(0, 4)];
    const odd = found.map((entry, i) => ({ ...entry, order: i % 3 === 0 ? entry.order + 0.5 : entry.order * 1000 }));
    const far = found.map((entry) => ({ ...entry, order: entry.order + 10_000_000 }));
    for (const filters of filterSets) {
      for (const list of [twice, odd, far]) {
        expect(ids(passingFilters(list, filters, now))).toEqual(expected(list, filters));
      }
      // A call after a fallback answers as before it.
      expect(ids(passingFilters(found, filters, now))).toEqual(expected(found, filters));
    }
  });
});
