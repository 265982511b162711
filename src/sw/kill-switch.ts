/// <reference lib="WebWorker" />
/**
 * Kill switch: if a release goes wrong, build with `VITE_KILL_SWITCH=1 npm run build` and deploy.
 * Phones fetch the changed sw.js on their next visit; this worker then takes over at once (no prompt),
 * deletes this app's Cache Storage, unregisters itself and reloads every open window from the network.
 * The page code of that build does not register a worker (src/app/pwa/register.ts) and removes any registration it finds, so nothing comes back
 * until the next normal build is deployed. IndexedDB (saved contacts, synced directory) is left untouched.
 */

/** Cache names this app creates (workbox precache and runtime caches). */
export function isAppCache(name: string): boolean {
  return name.startsWith('workbox-') || name.startsWith('bff-');
}

export function retireWorker(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('install', () => {
    void sw.skipWaiting();
  });
  sw.addEventListener('activate', (event) => {
    event.waitUntil(
      (async () => {
        const names = await sw.caches.keys();
        await Promise.all(names.filter(isAppCache).map((name) => sw.caches.delete(name)));
        await sw.registration.unregister();
        const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
        await Promise.all(windows.map((client) => client.navigate(client.url).catch(() => null)));
      })(),
    );
  });
}
