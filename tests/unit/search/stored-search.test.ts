import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { searchDirectory, searchDirectoryData } from '../../../src/domain/search/directory-search';
import { searchFromData } from '../../../src/domain/search/search-index';
import { numberedDirectory } from '../../fixtures/numbered-directory';
import { publishedRegion } from '../../fixtures/region';

/** Words of the test region's own services: names, summaries, a town, a typo and a compound made of two of them. */
function queriesOf(directory: ReturnType<typeof publishedRegion>): string[] {
  const services = directory.organizations.flatMap((o) => o.services);
  const words = services.flatMap((s) => `${s.name.de} ${s.summary.de}`.split(/\s+/)).filter((w) => w.length > 4);
  const some = words.filter((_, i) => i % 7 === 0).slice(0, 25);
  const typo = some[0] ? `${some[0].slice(0, -2)}${some[0].slice(-1)}` : '';
  return [...some, typo, `${some[1] ?? ''}${some[2] ?? ''}`, `${some[3] ?? ''} Unna`, 'Unna', 'Kamen', ''];
}

describe('a search stored on the phone', () => {
  const directory = publishedRegion();
  const entries = directoryEntries(directory);

  it('finds exactly what the freshly built search finds, after a trip through structured clone (IndexedDB)', () => {
    const built = searchDirectory(directory, entries);
    const stored = searchFromData(structuredClone(searchDirectoryData(directory, entries)));
    for (const query of queriesOf(directory)) {
      const expected = built.search(query).map(({ entry, score }) => [entry.order, score]);
      const actual = stored.search(query).map(({ doc, score }) => [entries[doc]!.order, score]);
      expect({ query, hits: actual }).toEqual({ query, hits: expected });
      expect(stored.townOf(query)).toBe(built.townOf(query));
    }
  });

  it('lists hits best first, equal scores in the directory’s order, also when built from entries out of that order', () => {
    const built = searchDirectory(directory, entries);
    const reversed = searchDirectory(directory, [...entries].reverse());
    let ties = 0;
    for (const query of queriesOf(directory)) {
      const hits = built.search(query);
      for (let i = 1; i < hits.length; i += 1) {
        const [before, after] = [hits[i - 1]!, hits[i]!];
        expect(before.score).toBeGreaterThanOrEqual(after.score);
        if (before.score === after.score) {
          ties += 1;
          expect(before.entry.order).toBeLessThan(after.entry.order);
        }
      }
      expect(reversed.search(query).map(({ entry }) => entry.order)).toEqual(hits.map(({ entry }) => entry.order));
    }
    expect(ties).toBeGreaterThan(0);
  });

  it('keeps its postings in a few typed arrays, whatever the number of terms', () => {
    const big = numberedDirectory({ services: 300 });
    const data = searchDirectoryData(big, directoryEntries(big));
    expect(data.index.docs).toBeInstanceOf(Int32Array);
    expect(data.index.scores).toBeInstanceOf(Float32Array);
    expect(data.index.offsets).toHaveLength(data.index.terms.length + 1);
    expect(data.docs).toHaveLength(300);
  });
});
