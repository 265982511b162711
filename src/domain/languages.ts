/**
 * The languages the app can speak, each named in itself so a parent finds their own.
 * A language is offered in the chooser only when a locale file for it exists (see app/i18n).
 */
type TextDirection = 'ltr' | 'rtl';

export interface UiLanguage {
  /** BCP 47 tag used for `<html lang>` and the locale file name. */
  code: string;
  /** The language's name in that language. */
  nativeName: string;
  dir: TextDirection;
}

export const UI_LANGUAGES: readonly UiLanguage[] = [
  { code: 'de', nativeName: 'Deutsch', dir: 'ltr' },
  { code: 'de-simple', nativeName: 'Leichte Sprache', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'tr', nativeName: 'Türkçe', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'fa', nativeName: 'فارسی', dir: 'rtl' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', dir: 'ltr' },
  { code: 'pl', nativeName: 'Polski', dir: 'ltr' },
  { code: 'ro', nativeName: 'Română', dir: 'ltr' },
  { code: 'bg', nativeName: 'Български', dir: 'ltr' },
];

export const SOURCE_LANGUAGE = 'de';

export function findLanguage(code: string | null | undefined): UiLanguage | undefined {
  if (!code) return undefined;
  const wanted = code.toLowerCase();
  return UI_LANGUAGES.find((l) => l.code === wanted) ?? UI_LANGUAGES.find((l) => l.code === wanted.split('-')[0]);
}
