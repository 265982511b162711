import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, findLanguage } from '../../../src/domain/languages';

describe('findLanguage', () => {
  it.each([
    ['de', 'de'],
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

  it('marks exactly Arabic and Persian as right-to-left', () => {
    expect(UI_LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar', 'fa']);
  });
});
