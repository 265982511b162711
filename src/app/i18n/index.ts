/**
 * A thin translation layer over i18next for Preact (no react-i18next: too heavy for the first screen).
 * German is bundled; every other language is fetched on demand from `locales/` (the service worker
 * precaches those files, so switching works offline).
 */
import i18next, { type TOptions } from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import de from '../../../locales/de.json';
import { SOURCE_LANGUAGE, UI_LANGUAGES, findLanguage, type UiLanguage } from '../../domain/languages';
import { readStoredLanguage, storeLanguage } from './language-choice';

type Messages = Record<string, unknown>;

// Each locale becomes its own small chunk, loaded only when that language is chosen.
const localeLoaders = import.meta.glob<Messages>(['../../../locales/*.json', '!../../../locales/de.json'], {
  import: 'default',
});

function localeFileFor(code: string): (() => Promise<Messages>) | undefined {
  return localeLoaders[`../../../locales/${code}.json`];
}

/** Languages offered in the chooser: German plus every language with a locale file. */
export const availableLanguages: readonly UiLanguage[] = UI_LANGUAGES.filter(
  (l) => l.code === SOURCE_LANGUAGE || localeFileFor(l.code) !== undefined,
);

function applyToDocument(lang: UiLanguage): void {
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
}

async function loadBundle(code: string): Promise<void> {
  if (i18next.hasResourceBundle(code, 'translation')) return;
  const load = localeFileFor(code);
  if (!load) throw new Error(`No locale file for ${code}`);
  i18next.addResourceBundle(code, 'translation', await load());
}

/** Switches the UI language; falls back to German when the file cannot be loaded (e.g. offline, never cached). */
export async function setLanguage(code: string, remember = true): Promise<UiLanguage> {
  const wanted = availableLanguages.find((l) => l.code === findLanguage(code)?.code);
  let lang = wanted ?? availableLanguages[0]!;
  try {
    await loadBundle(lang.code === SOURCE_LANGUAGE ? SOURCE_LANGUAGE : lang.code);
  } catch (error) {
    console.warn('Could not load language', lang.code, error);
    lang = availableLanguages[0]!;
  }
  await i18next.changeLanguage(lang.code);
  applyToDocument(lang);
  if (remember) storeLanguage(lang.code);
  return lang;
}

export function currentLanguage(): UiLanguage {
  return findLanguage(i18next.language) ?? availableLanguages[0]!;
}

/**
 * Starts i18next. `?lang=xx` on any URL wins over the remembered choice, so a shared link opens in
 * the language it was sent in.
 */
export async function initI18n(search: string = location.search): Promise<void> {
  await i18next.init({
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    resources: { de: { translation: de } },
    interpolation: { escapeValue: false }, // Preact escapes text itself
    returnNull: false,
  });
  const fromUrl = new URLSearchParams(search).get('lang');
  const chosen = findLanguage(fromUrl)?.code ?? readStoredLanguage() ?? SOURCE_LANGUAGE;
  await setLanguage(chosen, fromUrl !== null && findLanguage(fromUrl) !== undefined);
}

export type Translate = (key: string, options?: TOptions) => string;

/** Returns `t` and re-renders the component when the language changes. */
export function useT(): Translate {
  const [, setLanguageTick] = useState(i18next.language);
  useEffect(() => {
    const onChange = (lng: string) => setLanguageTick(lng);
    i18next.on('languageChanged', onChange);
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return (key, options) => i18next.t(key, options ?? {});
}

/** The current language, re-rendering on change. */
export function useLanguage(): UiLanguage {
  useT();
  return currentLanguage();
}
