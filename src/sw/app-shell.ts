/// <reference lib="WebWorker" />
/**
 * Offline app shell: every file of the build (JS, CSS, index.html, locale files, icons, manifest) is
 * precached at install; every navigation (deep links such as /notfall or /irgendwas) is answered with the
 * precached index.html, so the app starts from the home screen without network. The files a start needs
 * are also handed to the browser's static routes (./start-routes), so a cold start does not wait for the
 * worker to boot.
 *
 * Not precached and never answered with index.html: /data/ and files (see ./navigation).
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { listenForSkipWaiting } from './messages';
import { FIRST_QUESTION_FILE } from '../domain/guide/first-question-page';
import { FIRST_QUESTION_NAVIGATION, NAVIGATION_DENYLIST } from './navigation';
import {
  copyStartFiles,
  dropOtherStartCaches,
  dropStoredVary,
  offerStartRoutes,
  storeWithoutVary,
} from './start-cache';
import { startCacheName } from './start-routes';

export function serveAppShell(sw: ServiceWorkerGlobalScope, manifest: Array<PrecacheEntry | string>): void {
  // A new version waits until the user agrees (the "Jetzt aktualisieren" button sends SKIP_WAITING).
  listenForSkipWaiting(sw);
  const precache = new PrecacheController({ plugins: [storeWithoutVary] });
  precache.addToCacheList(manifest);
  const startCache = startCacheName(manifest);
  sw.addEventListener('install', (event) => {
    offerStartRoutes(event, startCache, precache.strategy.cacheName);
    event.waitUntil(
      (async () => {
        await precache.install(event);
        await dropStoredVary(sw, precache.strategy.cacheName);
        await copyStartFiles(sw, precache, startCache);
      })(),
    );
  });
  sw.addEventListener('activate', (event) => {
    event.waitUntil(precache.activate(event).then(() => dropOtherStartCaches(sw, startCache)));
  });
  registerRoute(new PrecacheRoute(precache));
  cleanupOutdatedCaches();
  // The guide's first question has a ready page of its own (shown before the app's code has run).
  registerRoute(
    new NavigationRoute(precache.createHandlerBoundToURL(FIRST_QUESTION_FILE), {
      allowlist: [FIRST_QUESTION_NAVIGATION],
    }),
  );
  registerRoute(new NavigationRoute(precache.createHandlerBoundToURL('index.html'), { denylist: NAVIGATION_DENYLIST }));
  // On the very first install, take over the open page at once so it works offline without a reload.
  // For updates this changes nothing: a waiting worker only activates after SKIP_WAITING or when all tabs close.
  clientsClaim();
}
