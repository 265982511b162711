/** The editorial vocabulary is validated with the guide, with German messages an editor understands. */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { GuideSchema } from '../../../src/domain/directory/guide-schema';

const questions = [{ id: 'town', kind: 'municipality', text: { de: 'Wo wohnen Sie?' }, options: [] }];
const messages = (vocabulary: unknown) => {
  const result = v.safeParse(GuideSchema, { questions, vocabulary });
  return result.success ? [] : result.issues.map((issue) => issue.message);
};

describe('vocabulary in the guide', () => {
  it('accepts entries with words per language and optional topics', () => {
    expect(
      messages([{ words: { de: ['Schulden'], ru: ['долги'] } }, { topics: ['housing'], words: { de: ['Miete'] } }]),
    ).toEqual([]);
  });

  it('is optional', () => {
    expect(v.safeParse(GuideSchema, { questions }).success).toBe(true);
  });

  it.each<[string, unknown, RegExp]>([
    ['no German words', [{ words: { ru: ['долги'] } }], /deutsche Wörter \(de\)/],
    ['an unknown topic', [{ topics: ['zahnarzt'], words: { de: ['Zahnarzt'] } }], /Unbekanntes Thema/],
    ['an unknown language', [{ words: { de: ['Schulden'], xx: ['debts'] } }], /xx/],
    ['an empty word', [{ words: { de: ['  '] } }], /leer/],
    ['a topic twice', [{ topics: ['money', 'money'], words: { de: ['Geld'] } }], /doppelt/],
  ])('reports %s in German', (_name, vocabulary, message) => {
    expect(messages(vocabulary).join(' ')).toMatch(message);
  });
});
