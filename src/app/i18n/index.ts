/**
 * A thin translation layer for Preact (no react-i18next: too heavy for the first screen).
 *
 * German is bundled and the first screen renders from it through a tiny lookup (mini-translate.ts),
 * so i18next (about 14 KB gzip) is not on the critical path. i18next itself comes as a lazy chunk: at
 * once when another language is wanted, otherwise when the browser is idle after the first screen; from
 * then on its own `t` translates every other language (lookup, plurals, interpolation, German where a
 * string is missing), while German stays with the tiny lookup (see adopt). Every other language's
 * strings are fetched on demand from `locales/` (the service worker precaches those files, so switching
 * works offline).
 */
import type { i18n, TOptions } from 'i18next';
import de from '../../../locales/de.json';
import { SOURCE_LANGUAGE, UI_LANGUAGES, findLanguage, type UiLanguage } from '../../domain/languages';
import { createStore, useStore } from '../state/store';
import { readStoredLanguage, storeLanguage } from './language-choice';
import { miniTranslate, type TranslateValues } from './mini-translate';
import { whenIdle } from '../timing/when-idle';

type Messages = Record<string, unknown>;

// Each locale becomes its own small chunk, loaded only when that language is chosen.
const localeLoaders = import.meta.glob<Messages>(['../../../locales/*.json', '!../../../locales/de.json'], {
  import: 'default',
});

function localeFileFor(code: string): (() => Promise<Messages>) | undefined {
  if (code === SOURCE_LANGUAGE) return () => Promise.resolve(de);
  return localeLoaders[`../../../locales/${code}.json`];
}

/** Languages offered in the chooser: German plus every language with a locale file. */
export const availableLanguages: readonly UiLanguage[] = UI_LANGUAGES.filter(
  (l) => l.code === SOURCE_LANGUAGE || localeFileFor(l.code) !== undefined,
);
const german = availableLanguages[0]!;

export type Translate = (key: string, options?: TOptions) => string;

/** i18next once it is loaded and has taken over from the first screen's lookup. */
let engine: i18n | undefined;
let starting: Promise<i18n> | undefined;
const translateGerman: Translate = (key, options) =>
  miniTranslate(de, SOURCE_LANGUAGE, key, options as TranslateValues | undefined);
let translateNow: Translate = translateGerman;

interface Shown {
  language: UiLanguage;
  /** What `useT()` hands out: a new function on every language change, so hooks can list it as a dependency. */
  translate: Translate;
}
const shown = createStore<Shown>({ language: german, translate: (key, options) => translateNow(key, options) });

/** Loads and starts i18next once, with the bundled German handed over (so it is not bundled twice). */
function loadEngine(): Promise<i18n> {
  starting ??= import('i18next')
    .then(async ({ default: i18next }) => {
      await i18next.init({
        lng: SOURCE_LANGUAGE,
        fallbackLng: SOURCE_LANGUAGE,
        resources: { [SOURCE_LANGUAGE]: { translation: de } },
        interpolation: { escapeValue: false }, // Preact escapes text itself
        returnNull: false,
      });
      return i18next;
    })
    .catch((error: unknown) => {
      // E.g. the chunk could not be loaded offline: the next language switch tries again.
      starting = undefined;
      throw error;
    });
  return starting;
}

/** Makes `code` i18next's language, loading its strings first if needed; throws when they cannot be loaded. */
async function switchTo(loaded: i18n, code: string): Promise<void> {
  if (!loaded.hasResourceBundle(code, 'translation')) {
    loaded.addResourceBundle(code, 'translation', await localeFileFor(code)!());
  }
  await loaded.changeLanguage(code);
}

/**
 * i18next translates from now on, in its current language; German stays with the bundled lookup,
 * which says exactly what i18next says (tests/unit/i18n/translators.test.ts) in a fraction of the
 * time: i18next's own lookup took a third of a results card's render (traced with a 4× slower CPU).
 * In another language a text without values is looked up once: a screen asks for the same labels on
 * every card.
 */
function adopt(loaded: i18n): void {
  engine = loaded;
  if (loaded.language === SOURCE_LANGUAGE) {
    translateNow = translateGerman;
    return;
  }
  const plain = new Map<string, string>();
  translateNow = (key, options) => {
    if (options) return loaded.t(key, options);
    let text = plain.get(key);
    if (text === undefined) {
      text = loaded.t(key, {});
      plain.set(key, text);
    }
    return text;
  };
}

function publish(lang: UiLanguage): void {
  document.documentElement.lang = lang.code;
  document.documentElement.dir = lang.dir;
  shown.set({ language: lang, translate: (key, options) => translateNow(key, options) });
}

/** Switches the UI language; falls back to German when the file cannot be loaded (e.g. offline, never cached). */
export async function setLanguage(code: string, remember = true): Promise<UiLanguage> {
  let lang = availableLanguages.find((l) => l.code === findLanguage(code)?.code) ?? german;
  // German before i18next is loaded needs nothing: the bundled strings are already in use.
  if (lang.code !== SOURCE_LANGUAGE || engine) {
    try {
      const loaded = await loadEngine();
      await switchTo(loaded, lang.code);
      adopt(loaded);
    } catch (error) {
      console.warn('Could not load language', lang.code, error);
      lang = german;
      if (engine) {
        await engine.changeLanguage(SOURCE_LANGUAGE);
        adopt(engine);
      }
    }
  }
  publish(lang);
  if (remember) storeLanguage(lang.code);
  return lang;
}

export function currentLanguage(): UiLanguage {
  return shown.get().language;
}

/** Loads i18next once the first screen is up and the browser has nothing else to do. */
function loadEngineWhenIdle(): void {
  const load = () => {
    loadEngine().then(
      (loaded) => {
        // A language switch in the meantime has adopted it already; German reads the same either way.
        if (!engine) adopt(loaded);
      },
      () => undefined, // stays with the bundled German lookup; the next language switch tries again
    );
  };
  whenIdle(load, 5000, 2000);
}

/**
 * Chooses the start language. `?lang=xx` on any URL wins over the remembered choice, so a shared
 * link opens in the language it was sent in. Resolves once the first screen can render.
 */
export async function initI18n(search: string = location.search): Promise<void> {
  const fromUrl = new URLSearchParams(search).get('lang');
  const chosen = findLanguage(fromUrl)?.code ?? readStoredLanguage() ?? SOURCE_LANGUAGE;
  await setLanguage(chosen, fromUrl !== null && findLanguage(fromUrl) !== undefined);
  if (!engine) loadEngineWhenIdle();
}

/** Calls `listener` after every language change (outside components, e.g. the directory's sync). */
export function subscribeLanguage(listener: () => void): () => void {
  return shown.subscribe(() => listener());
}

/** Returns `t` and re-renders the component when the language changes. */
export function useT(): Translate {
  return useStore(shown).translate;
}

/** The current language, re-rendering on change. */
export function useLanguage(): UiLanguage {
  return useStore(shown).language;
}
