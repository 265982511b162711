/**
 * i18next, loaded as its own chunk after the first screen (or before it, when the family chose
 * another language). Once loaded it does all translating. German stays bundled in the entry chunk
 * and is handed over; index.ts passes the loader of every other language's file.
 */
import i18next from 'i18next';
import { interpolate, type MessageTree, type TranslateValues } from './mini-translate';

type Messages = Record<string, unknown>;

export interface Engine {
  /** Loads the language's strings (if needed) and makes it current; throws when they cannot be loaded. */
  use(code: string, load: () => Promise<Messages>): Promise<void>;
  t(key: string, options?: Record<string, unknown>): string;
}

let started: Promise<Engine> | undefined;

/** Starts i18next once with the bundled German strings (handed over, so they are not bundled twice). */
export function startEngine(sourceLanguage: string, sourceMessages: MessageTree): Promise<Engine> {
  started ??= (async () => {
    await i18next.init({
      lng: sourceLanguage,
      fallbackLng: sourceLanguage,
      resources: { [sourceLanguage]: { translation: sourceMessages as Messages } },
      interpolation: { escapeValue: false }, // Preact escapes text itself
      returnNull: false,
    });
    const texts = new TextCache();
    return {
      async use(code, load) {
        if (!i18next.hasResourceBundle(code, 'translation')) {
          i18next.addResourceBundle(code, 'translation', await load());
        }
        await i18next.changeLanguage(code);
        texts.clear();
      },
      t: (key, options) => texts.translate(key, options),
    };
  })();
  return started;
}

/** What a call may carry besides the values to fill in and `count`: those go to i18next untouched. */
const I18NEXT_OPTIONS = new Set([
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'returnObjects',
  'ordinal',
  'replace',
]);

/**
 * i18next resolves every call afresh: key lookup, fallback, plural rule, then interpolation. A list
 * of thirty cards asks for the same twenty labels with a different name each, hundreds of calls on
 * the results' first frame. So i18next resolves each key (and plural count) once per language, with
 * interpolation skipped, and the values are filled into that text here, the same way
 * (tests/unit/i18n/translators.test.ts compares both for every string of every locale).
 */
class TextCache {
  private readonly texts = new Map<string, string>();

  clear(): void {
    this.texts.clear();
  }

  translate(key: string, options?: Record<string, unknown>): string {
    if (options === undefined) return this.resolve(key, key, {}, false);
    if (Object.keys(options).some((name) => I18NEXT_OPTIONS.has(name))) return i18next.t(key, options);
    const count = options.count;
    const cacheKey = count === undefined ? `${key}\u0000` : `${key}\u0000${String(count)}`;
    const text = this.resolve(cacheKey, key, count === undefined ? {} : { count }, true);
    return interpolate(text, options as TranslateValues);
  }

  /** i18next's text for the key, made once per language (`raw`: with its placeholders still in). */
  private resolve(cacheKey: string, key: string, options: Record<string, unknown>, raw: boolean): string {
    let text = this.texts.get(cacheKey);
    if (text === undefined) {
      text = i18next.t(key, raw ? { ...options, skipInterpolation: true } : options);
      this.texts.set(cacheKey, text);
    }
    return text;
  }
}
