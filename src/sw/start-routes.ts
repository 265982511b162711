/**
 * The files a start needs, answered by the browser itself, before the service worker has even started.
 *
 * On a phone the worker is usually not running when the app is opened: starting it costs 60–200 ms
 * before it can answer the first byte, and again for each file the page needs before its first paint.
 * Chromium's static routes (InstallEvent.addRoutes, Chrome 123+) let the browser take these answers
 * straight from Cache Storage. Where the browser has no static routes, the worker answers as before.
 *
 * Static routes match a cache entry by its exact address, but the precache keeps unhashed files under
 * an address with a revision (`/index.html?__WB_REVISION__=…`). So the worker copies them, at install,
 * into a cache of their own under the addresses the browser asks for (`/`, `/fragen/1`, …). That
 * cache's name carries the files' revisions: a waiting new version never answers for the old one.
 * Kept free of workbox and of worker globals so the rules can be unit-tested.
 */
import { FIRST_QUESTION_FILE, FIRST_QUESTION_PATH, PAGE_CHECK_FILE } from '../domain/guide/first-question-page';

/** The address the browser asks for → the precached file that answers it. */
export interface StartAlias {
  path: string;
  /** Present only for pages: the query of the address, '' for none. */
  search?: string;
  file: string;
}

/**
 * Pages opened without a query (the home-screen icon opens `/?source=pwa`), and the one script that
 * has to run before the first paint. Addresses with other queries (`?lang=ar`, answers) go to the worker.
 */
export const START_ALIASES: readonly StartAlias[] = [
  { path: '/', search: '', file: 'index.html' },
  { path: '/', search: 'source=pwa', file: 'index.html' },
  { path: FIRST_QUESTION_PATH, search: '', file: FIRST_QUESTION_FILE },
  { path: `/${PAGE_CHECK_FILE}`, file: PAGE_CHECK_FILE },
];

const START_CACHE_PREFIX = 'bff-start-';

interface ManifestEntry {
  url: string;
  revision?: string | null;
}

/** The address of an alias, as the copy in the start cache is stored. */
export function aliasAddress(alias: StartAlias): string {
  return alias.search ? `${alias.path}?${alias.search}` : alias.path;
}

/**
 * The start cache of this build: its name changes whenever one of the copied files changes.
 * Throws when a file is missing from the precache list (a build mistake, caught at install).
 */
export function startCacheName(manifest: ReadonlyArray<ManifestEntry | string>): string {
  const revisions = new Map(
    manifest.map((entry) =>
      typeof entry === 'string' ? [entry, entry] : [entry.url.replace(/^\//, ''), entry.revision ?? entry.url],
    ),
  );
  let hash = 0x811c9dc5;
  for (const file of new Set(START_ALIASES.map((alias) => alias.file))) {
    const revision = revisions.get(file);
    if (revision === undefined) throw new Error(`${file} is not in the precache list`);
    for (const char of `${file}=${revision};`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  }
  return `${START_CACHE_PREFIX}${hash.toString(16).padStart(8, '0')}`;
}

/** Start caches of other builds, to delete once this build is active. */
export function isOtherStartCache(name: string, current: string): boolean {
  return name.startsWith(START_CACHE_PREFIX) && name !== current;
}

/** URLPattern's input as a plain object (protocol and host left open: the worker's own origin is implied). */
interface PatternInit {
  pathname: string;
  search?: string;
}

export interface StartRouteRule {
  condition: { urlPattern: PatternInit; requestMode?: 'navigate'; requestMethod?: 'GET' };
  source: { cacheName: string };
}

/**
 * The rules handed to addRoutes: pages and the early script from the start cache, the hashed build
 * files (`/assets/…`, kept under their own address) straight from the precache. A file missing from
 * its cache goes to the network, exactly as the worker's own precache route would do.
 */
export function startRouteRules(startCache: string, precache: string): StartRouteRule[] {
  const rules: StartRouteRule[] = START_ALIASES.map((alias) =>
    alias.search === undefined
      ? {
          condition: { urlPattern: { pathname: alias.path, search: '' }, requestMethod: 'GET' },
          source: { cacheName: startCache },
        }
      : {
          condition: { urlPattern: { pathname: alias.path, search: alias.search }, requestMode: 'navigate' },
          source: { cacheName: startCache },
        },
  );
  rules.push({
    condition: { urlPattern: { pathname: '/assets/*', search: '' }, requestMethod: 'GET' },
    source: { cacheName: precache },
  });
  return rules;
}
