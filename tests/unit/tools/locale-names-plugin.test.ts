import { describe, expect, it, vi } from 'vitest';
import { UI_LANGUAGES } from '../../../src/domain/languages';
import { builtLocaleNames } from '../../../src/tools/vite-plugin-locale-names';
import { languageName, languageNames } from '../../../src/app/ui/language-names';

describe('virtual:locale-names: language names', () => {
  const built = builtLocaleNames();

  it('names every UI language and the common spoken ones in every UI language, as the locale data does', () => {
    for (const { code } of UI_LANGUAGES) {
      const names = built.languages[code]!;
      const table = new Intl.DisplayNames([code, 'de'], { type: 'language' });
      for (const spoken of ['de', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'ku', 'sq', 'ti', 'so']) {
        expect(names[spoken]).toBe(table.of(spoken));
      }
    }
    expect(built.languages.de!.tr).toBe('Türkisch');
    expect(built.languages.en!.ar).toBe('Arabic');
    expect(built.languages['de-simple']!.uk).toBe('Ukrainisch');
  });

  it('names each other common language in its own words too, as the locale data does', () => {
    for (const spoken of ['ku', 'sq', 'ti', 'so', 'vi']) {
      expect(built.languages[spoken]).toEqual({
        [spoken]: new Intl.DisplayNames([spoken, 'de'], { type: 'language' }).of(spoken),
      });
    }
    expect(built.languages.sq!.sq).toBe('shqip');
  });

  it('are what the app shows, without building a language-name table on the phone; others still come from it', () => {
    const tables = vi.spyOn(Intl, 'DisplayNames');
    expect(languageNames(['de', 'tr', 'ku'], 'tr')).toEqual([
      built.languages.tr!.tr,
      built.languages.tr!.de,
      built.languages.tr!.ku,
    ]);
    expect(tables).not.toHaveBeenCalled();
    tables.mockRestore();
    expect(languageName('mi', 'en')).toBe('Māori');
  });
});
