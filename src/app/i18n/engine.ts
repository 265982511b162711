/**
 * i18next, loaded as its own chunk after the first screen (or before it, when the family chose
 * another language). Once loaded it does all translating, with its own lookup, plurals and
 * interpolation. German stays bundled in the entry chunk and is handed over; index.ts passes the
 * loader of every other language's file.
 */
import i18next from 'i18next';
import type { MessageTree } from './mini-translate';

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
    return {
      async use(code, load) {
        if (!i18next.hasResourceBundle(code, 'translation')) {
          i18next.addResourceBundle(code, 'translation', await load());
        }
        await i18next.changeLanguage(code);
      },
      t: (key, options) => i18next.t(key, options ?? {}),
    };
  })();
  return started;
}
