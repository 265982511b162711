import { describe, expect, it } from 'vitest';
import { countTerms, TermIndex } from '../../../src/domain/search/term-index';

/** Two fields: a name (boost 4) and a description (boost 1). */
function build(docs: [string, string][]): TermIndex {
  const index = new TermIndex(docs.length, [4, 1]);
  docs.forEach(([name, description], doc) => {
    index.add(doc, 0, countTerms(name.split(' ')));
    index.add(doc, 1, countTerms(description.split(' ')));
  });
  index.finish();
  return index;
}

const scoresOf = (index: TermIndex, term: string, prefix = false, typos = 0) => {
  const scores = new Map<number, number>();
  for (const { postings, weight } of index.lookup(term, prefix, typos)) {
    postings.docs.forEach((doc, i) => scores.set(doc, Math.max(scores.get(doc) ?? 0, postings.scores[i]! * weight)));
  }
  return scores;
};

describe('TermIndex', () => {
  const index = build([
    ['hebamme', 'hilfe nach der geburt'],
    ['kita', 'platz in der kita hebamme'],
    ['beratung', 'beratungsstelle'],
    ['tafel', 'essen'],
  ]);

  it('finds the documents of a term, a name above a description', () => {
    const scores = scoresOf(index, 'hebamme');
    expect([...scores.keys()].sort()).toEqual([0, 1]);
    expect(scores.get(0)!).toBeGreaterThan(scores.get(1)!);
  });

  it('knows its terms', () => {
    expect(index.has('kita')).toBe(true);
    expect(index.has('kit')).toBe(false);
  });

  it('finds longer terms by prefix, weaker than the exact term', () => {
    const exact = scoresOf(index, 'beratung', true);
    expect(exact.has(2)).toBe(true);
    expect(scoresOf(index, 'berat', false).size).toBe(0);
    const byPrefix = scoresOf(index, 'berat', true);
    expect(byPrefix.get(2)!).toBeLessThan(exact.get(2)!);
  });

  it('finds a term with a typo only when asked, weaker than the exact term', () => {
    expect(scoresOf(index, 'hebame').size).toBe(0);
    const typo = scoresOf(index, 'hebame', false, 1);
    expect(typo.get(0)!).toBeGreaterThan(0);
    expect(typo.get(0)!).toBeLessThan(scoresOf(index, 'hebamme').get(0)!);
  });

  it('weighs a rare term more than a common one (idf)', () => {
    const common = build([
      ['kind', 'x'],
      ['kind', 'y'],
      ['kind', 'z'],
      ['kind baby', 'w'],
    ]);
    expect(scoresOf(common, 'baby').get(3)!).toBeGreaterThan(scoresOf(common, 'kind').get(3)!);
  });

  it('finds nothing for an unknown term', () => {
    expect(index.lookup('zahnarzt', true, 0)).toEqual([]);
  });
});
