import { describe, expect, it } from 'vitest';
import {
  isLocalized,
  JoinError,
  joinLanguage,
  splitByLanguage,
  type LanguageEntry,
} from '../../../src/domain/publication/by-language';

describe('a localized text split by language and joined again', () => {
  const tree = {
    id: 'beratung',
    name: { de: 'Beratung', en: 'Counselling', tr: 'Danışmanlık', machine: ['tr'] },
    keywords: { de: ['rat'], tr: ['yardım'] },
    flags: { free: true },
    phones: [{ number: '0123 456', label: { de: 'Zentrale', ar: 'المقسم' } }],
    topics: ['parenting'],
  };

  it('keeps German and every language-free field in the shared tree, each language apart with its machine flag', () => {
    const { shared, languages } = splitByLanguage(tree);
    expect(shared).toEqual({
      id: 'beratung',
      name: { de: 'Beratung' },
      keywords: { de: ['rat'] },
      flags: { free: true },
      phones: [{ number: '0123 456', label: { de: 'Zentrale' } }],
      topics: ['parenting'],
    });
    expect(Object.fromEntries(languages)).toEqual({
      en: [['name', 'Counselling']],
      tr: [
        ['name', 'Danışmanlık', 1],
        ['keywords', ['yardım']],
      ],
      ar: [['phones.0.label', 'المقسم']],
    });
    expect(tree.name.en).toBe('Counselling'); // the input is not changed
  });

  it('joins the shared tree with every language back into the original, machine list included', () => {
    const { shared, languages } = splitByLanguage(tree);
    for (const [language, entries] of languages) joinLanguage(shared, language, entries);
    expect(shared).toEqual(tree);
  });

  it('joins only the languages a phone holds: the others stay absent, and so do their machine marks', () => {
    const { shared, languages } = splitByLanguage(tree);
    joinLanguage(shared, 'en', languages.get('en')!);
    expect(shared).toMatchObject({ name: { de: 'Beratung', en: 'Counselling' }, keywords: { de: ['rat'] } });
    expect((shared as { name: object }).name).not.toHaveProperty('machine');
    expect((shared as { name: object }).name).not.toHaveProperty('tr');
  });

  it('refuses an entry that points at no localized text (parts of different versions)', () => {
    const { shared } = splitByLanguage(tree);
    const wrong: LanguageEntry[] = [['phones.3.label', 'x']];
    expect(() => joinLanguage(shared, 'en', wrong)).toThrow(JoinError);
    expect(() => joinLanguage(shared, 'en', [['flags', 'x']])).toThrow(JoinError);
    expect(() => joinLanguage(shared, 'en', [['name', 42 as unknown as string]])).toThrow(JoinError);
    expect(() => joinLanguage(shared, 'de', [])).toThrow(JoinError);
  });

  it('tells localized texts from other objects', () => {
    expect(isLocalized({ de: 'a', 'de-simple': 'b' })).toBe(true);
    expect(isLocalized({ en: ['a'] })).toBe(true);
    expect(isLocalized({ free: true })).toBe(false);
    expect(isLocalized({ de: 'a', street: 'b' })).toBe(false);
    expect(isLocalized({})).toBe(false);
    expect(isLocalized({ de: 3 })).toBe(false);
  });
});
