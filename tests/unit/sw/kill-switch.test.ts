import { beforeAll, describe, expect, it } from 'vitest';
import { isAppCache, retireWorker } from '../../../src/sw/kill-switch';
import { isSkipWaitingMessage } from '../../../src/sw/messages';
import { START_ALIASES, startCacheName } from '../../../src/sw/start-routes';

const SCOPE = 'https://familien.example/';

/**
 * The caches this app really creates, named by the same code the worker uses: workbox's precache
 * (app-shell.ts: PrecacheController, named after the worker's scope) and the start cache of a build
 * (start-routes.ts). workbox expects a worker's globals, so they are set up first.
 */
let appCaches: string[];
beforeAll(async () => {
  Object.assign(globalThis, { self: globalThis, registration: { scope: SCOPE } });
  const { PrecacheController } = await import('workbox-precaching');
  const build = [...new Set(START_ALIASES.map((alias) => alias.file))].map((url) => ({ url, revision: 'abc123' }));
  appCaches = [new PrecacheController().strategy.cacheName, startCacheName(build)];
});

/** Caches another app on the same origin might keep: the kill switch must leave them alone. */
const OTHER_CACHES = ['some-other-app', 'images-v1', 'precache-v2-https://familien.example/'];

describe('kill switch', () => {
  it("recognises every cache this app creates, and no one else's", () => {
    expect(appCaches).toEqual([`workbox-precache-v2-${SCOPE}`, expect.stringMatching(/^bff-start-[0-9a-f]{8}$/)]);
    for (const name of appCaches) expect(isAppCache(name), name).toBe(true);
    for (const name of OTHER_CACHES) expect(isAppCache(name), name).toBe(false);
  });

  it('on activation deletes exactly these caches, unregisters itself and reloads every window', async () => {
    const listeners = new Map<string, (event: { waitUntil(p: Promise<unknown>): void }) => void>();
    const stored = new Set([...appCaches, ...OTHER_CACHES]);
    const navigated: string[] = [];
    let unregistered = false;
    const sw = {
      addEventListener: (type: string, listener: (event: { waitUntil(p: Promise<unknown>): void }) => void) =>
        listeners.set(type, listener),
      skipWaiting: () => Promise.resolve(),
      caches: { keys: async () => [...stored], delete: async (name: string) => stored.delete(name) },
      registration: { unregister: async () => (unregistered = true) },
      clients: {
        matchAll: async () => [{ url: `${SCOPE}notfall`, navigate: async (url: string) => navigated.push(url) }],
      },
    };
    retireWorker(sw as unknown as ServiceWorkerGlobalScope);
    let work: Promise<unknown> = Promise.resolve();
    listeners.get('activate')!({ waitUntil: (p) => (work = p) });
    await work;
    expect([...stored].sort()).toEqual([...OTHER_CACHES].sort());
    expect(unregistered).toBe(true);
    expect(navigated).toEqual([`${SCOPE}notfall`]);
  });
});

describe('SKIP_WAITING message', () => {
  it('accepts the message workbox-window sends and nothing else', () => {
    expect(isSkipWaitingMessage({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
    expect(isSkipWaitingMessage(null)).toBe(false);
    expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
  });
});
