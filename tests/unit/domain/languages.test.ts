import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, findLanguage } from '../../../src/domain/languages';

describe('findLanguage', () => {
  it.each([
    ['de', 'de'],
    ['de-simple', 'de-simple'],
    ['DE-SIMPLE', 'de-simple'],
    ['de-DE', 'de'],
    ['EN', 'en'],
    ['ar', 'ar'],
    ['tr-TR', 'tr'],
    ['uk-UA', 'uk'],
    ['xx', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (input, expected) => {
    expect(findLanguage(input)?.code).toBe(expected);
  });

  it('offers Leichte Sprache right after German, with plural rules node knows', () => {
    expect(UI_LANGUAGES.slice(0, 2).map((l) => l.code)).toEqual(['de', 'de-simple']);
    expect(new Intl.PluralRules('de-simple').resolvedOptions().pluralCategories.map(String).sort()).toEqual([
      'one',
      'other',
    ]);
  });

  it('marks exactly Arabic and Persian as right-to-left', () => {
    expect(UI_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  });
});
