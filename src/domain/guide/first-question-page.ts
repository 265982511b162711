/**
 * The guide's first question is also built as a ready page (dist/fragen/1.html, see
 * src/tools/vite-plugin-prerender.ts), which the service worker serves for this path.
 */
export const FIRST_QUESTION_PATH = '/fragen/1';
/** The page's file in the build, relative to its root. */
export const FIRST_QUESTION_FILE = 'fragen/1.html';
/** The id of the JSON data block in that page that carries the build's guide. */
export const GUIDE_DATA_ID = 'guide-data';
