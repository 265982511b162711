/// <reference lib="WebWorker" />
/**
 * The worker's side of the static start routes (see ./start-routes): hands the rules to the browser,
 * fills the start cache from the precache, and drops the start caches of older builds.
 */
import type { WorkboxPlugin } from 'workbox-core';
import type { PrecacheController } from 'workbox-precaching';
import { START_ALIASES, aliasAddress, isOtherStartCache, startRouteRules } from './start-routes';

/** InstallEvent.addRoutes, which TypeScript's worker types do not know yet (Chromium 123+). */
interface RoutableInstallEvent extends ExtendableEvent {
  addRoutes(rules: unknown[]): Promise<void>;
}

const canAddRoutes = (event: ExtendableEvent): event is RoutableInstallEvent =>
  typeof (event as Partial<RoutableInstallEvent>).addRoutes === 'function' && typeof URLPattern === 'function';

/**
 * Gives the browser the start routes. Browsers without static routes, or refusing the rules, keep
 * using the worker for everything: the install never fails because of them.
 */
export function offerStartRoutes(event: ExtendableEvent, startCache: string, precache: string): void {
  if (!canAddRoutes(event)) return;
  try {
    const rules = startRouteRules(startCache, precache).map((rule) => ({
      ...rule,
      condition: { ...rule.condition, urlPattern: new URLPattern(rule.condition.urlPattern) },
    }));
    event.waitUntil(event.addRoutes(rules).catch(() => undefined));
  } catch {
    // An older rule syntax: the worker answers these requests itself.
  }
}

/** The same answer without its Vary header (see storeWithoutVary). */
function withoutVary(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.delete('vary');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/**
 * Precaches every file without its Vary header. A static route finds a file only when the stored
 * request matches the browser's on every header the response varies on, and hosts add `Vary: Origin`
 * or `Vary: Accept-Encoding`; the app's scripts are requested with an Origin, the worker's precache
 * requests are not, so the browser would miss them offline. The precache holds one copy per address
 * of this one origin, so nothing depends on those headers. Bad answers still fail the install, as
 * with workbox's own check.
 */
export const storeWithoutVary: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status >= 400) return null;
    return response.headers.has('vary') ? withoutVary(response) : response;
  },
};

/**
 * Files an earlier version precached with their Vary header, which an update keeps as they are
 * (their addresses did not change): stored again without it, from the phone's own copy, so an
 * update downloads nothing more than before.
 */
export async function dropStoredVary(sw: ServiceWorkerGlobalScope, cacheName: string): Promise<void> {
  const cache = await sw.caches.open(cacheName);
  for (const request of await cache.keys()) {
    const response = await cache.match(request);
    if (response?.headers.has('vary')) await cache.put(request, withoutVary(response));
  }
}

/** Copies the start files from the precache under the addresses the browser asks for. */
export async function copyStartFiles(
  sw: ServiceWorkerGlobalScope,
  precache: PrecacheController,
  startCache: string,
): Promise<void> {
  const cache = await sw.caches.open(startCache);
  for (const alias of START_ALIASES) {
    const response = await precache.matchPrecache(alias.file);
    if (!response) throw new Error(`${alias.file} is missing from the precache`);
    await cache.put(new URL(aliasAddress(alias), sw.location.origin).href, response);
  }
}

export async function dropOtherStartCaches(sw: ServiceWorkerGlobalScope, current: string): Promise<void> {
  const names = await sw.caches.keys();
  await Promise.all(names.filter((name) => isOtherStartCache(name, current)).map((name) => sw.caches.delete(name)));
}
