/**
 * The names the ready first-question page shares between the build (src/tools/vite-plugin-prerender.ts), its check
 * script, the app that takes it over (src/app/first-question/) and the service worker (src/sw). Each is written
 * here once: the check script is generated from TypeScript with these values at build time.
 */
export const FIRST_QUESTION_PATH = '/fragen/1';
/** The page's file in the build, relative to its root. */
export const FIRST_QUESTION_FILE = 'fragen/1.html';
/** The id of the JSON data block in that page that carries the build's guide. */
export const GUIDE_DATA_ID = 'guide-data';
/** The check script the page loads before its first paint (src/app/first-question/page-check.ts), in the build's root. */
export const PAGE_CHECK_FILE = 'prerender-check.js';

/** Where the family's chosen UI language is remembered (localStorage). */
export const LANGUAGE_KEY = 'bff.language';
/** On <html> while the German page waits for the app to show another language (styles.css hides #app). */
export const HIDDEN_CLASS = 'prerender-hidden';
/** On #app: the words of an answer tapped before the app had taken the page over. */
export const EARLY_TAP = 'data-early-tap';
/** On #app once the app has taken the page over. */
export const TAKEN_OVER = 'data-taken-over';
/** On #app in the ready page: the path it was rendered for. */
export const PRERENDERED = 'data-prerendered';

/** The names the page's check script is given (one by one above, so the app's bundle keeps only those it uses). */
export const PAGE_KEYS = {
  languageKey: LANGUAGE_KEY,
  hiddenClass: HIDDEN_CLASS,
  earlyTap: EARLY_TAP,
  takenOver: TAKEN_OVER,
} as const;

export type PageKeys = typeof PAGE_KEYS;
