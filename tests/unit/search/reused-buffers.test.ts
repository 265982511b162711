/**
 * The query side keeps its working arrays (scores, services found, sort keys) from one query to the
 * next instead of making new ones: pinned here that no query leaves anything behind for the next.
 */
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { searchDirectoryData } from '../../../src/domain/search/directory-search';
import { searchFromData, sortPacked } from '../../../src/domain/search/search-index';
import { numberedDirectory } from '../../fixtures/numbered-directory';

const directory = numberedDirectory({ services: 120 });
const entries = directoryEntries(directory);
const data = searchDirectoryData(directory, entries);

/** Words of the services' names, a town alone, a town with words, a word found nowhere, a blank query. */
function queries(): string[] {
  const names = directory.organizations.flatMap((o) => o.services.map((s) => s.name.de));
  const words = [...new Set(names.flatMap((name) => name.split(/\s+/)).filter((word) => word.length > 4))];
  return [
    ...words.slice(0, 8),
    'Unna',
    `${words[0] ?? ''} Kamen`,
    'Bönen',
    'qxzvw',
    ' ',
    `${words[1] ?? ''} ${words[2] ?? ''}`,
  ];
}

const answer = (search: ReturnType<typeof searchFromData>, query: string) =>
  search.search(query).map(({ doc, score }) => [doc, score]);

describe('a search reusing its working arrays between queries', () => {
  it('answers every query as a search that never answered another, in any order and twice', () => {
    const list = queries();
    const fresh = list.map((query) => answer(searchFromData(structuredClone(data)), query));
    expect(fresh.some((hits) => hits.length > 10)).toBe(true);
    expect(fresh.some((hits) => hits.length === 0)).toBe(true);
    const reused = searchFromData(structuredClone(data));
    for (const order of [list, [...list].reverse(), list]) {
      for (const query of order)
        expect({ query, hits: answer(reused, query) }).toEqual({ query, hits: fresh[list.indexOf(query)] });
    }
  });

  it("answers the worker's positions (docs) exactly as the hits' positions, mixed with hits in any order", () => {
    const list = queries();
    const fresh = list.map((query) => answer(searchFromData(structuredClone(data)), query).map(([doc]) => doc));
    const reused = searchFromData(structuredClone(data));
    for (const order of [list, [...list].reverse()]) {
      for (const query of order) {
        const expected = fresh[list.indexOf(query)];
        const docs = reused.docs(query);
        expect(docs).toBeInstanceOf(Int32Array);
        expect({ query, docs: [...docs] }).toEqual({ query, docs: expected });
        // A hits answer after a positions answer (and the other way round) still starts from clean buffers.
        expect({ query, hits: answer(reused, query).map(([doc]) => doc) }).toEqual({ query, hits: expected });
      }
    }
    // Each answer is its own array (the worker transfers it to the page).
    expect(reused.docs(list[0]!)).not.toBe(reused.docs(list[0]!));
  });

  it('sorts by score, best first, ties by position, with one key buffer for a long and then a short list', () => {
    const scores = [0.5, 2, 0, 2, 7.25, 0.5, 1, 2];
    const keys = new BigUint64Array(scores.length);
    const expected = (found: number[]) => [...found].sort((a, b) => scores[b]! - scores[a]! || a - b);
    const long = [7, 0, 3, 1, 5, 4, 6];
    expect([...sortPacked(long, long.length, scores, keys)]).toEqual(expected(long));
    expect(expected(long)).toEqual([4, 1, 3, 7, 6, 0, 5]);
    const short = [5, 3, 0];
    expect([...sortPacked(short, short.length, scores, keys)]).toEqual([3, 0, 5]);
    // Only the first `count` positions of `found` count.
    expect([...sortPacked([2, 4, 1, 6], 2, scores, keys)]).toEqual([4, 2]);
  });
});
