/**
 * Updating from a version that precached files with their Vary header (hosts send `Vary: Origin`):
 * the static start routes cannot use such entries, so the new worker stores them again without it,
 * from the phone's own copy, and the updated app still starts offline straight from the cache.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDistCopySuite } from './dist-copy-suite';
import { goOffline, waitForOfflineReady } from './harness';

const suite = useDistCopySuite();

/**
 * Runs in the page over the build files in the precache: counts those whose stored answer varies on
 * a header, or first stores every one again with `Vary: Origin`, as an earlier version left them.
 */
const buildFilesWithVary = async (addVary: boolean): Promise<number> => {
  let count = 0;
  for (const name of await caches.keys()) {
    if (!name.includes('-precache-')) continue;
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      if (!new URL(request.url).pathname.startsWith('/assets/')) continue;
      const response = (await cache.match(request))!;
      if (addVary) {
        const headers = new Headers(response.headers);
        headers.set('Vary', 'Origin');
        await cache.put(request, new Response(await response.blob(), { status: response.status, headers }));
      }
      if (addVary || response.headers.has('vary')) count++;
    }
  }
  return count;
};

describe('an update from a precache with Vary headers', () => {
  it('stores the files again without Vary, and the updated app starts offline from the cache', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    await waitForOfflineReady(page);

    // What an earlier version left on the phone: every build file stored with `Vary: Origin`.
    const rewritten = await page.evaluate(buildFilesWithVary, true);
    expect(rewritten).toBeGreaterThan(10);
    expect(await page.evaluate(buildFilesWithVary, false)).toBe(rewritten);

    // The next release arrives; it is installed and waits for the family's agreement.
    await appendFile(join(suite.dir, 'sw.js'), '\n;// next release\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('Neue Version verfügbar').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.evaluate(buildFilesWithVary, false)).toBe(0);

    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await reloaded;
    await waitForOfflineReady(page);

    await goOffline(suite.browser.context);
    await page.goto(`${suite.server.url}/?source=pwa`);
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 10_000 });
    const sources = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as (PerformanceResourceTiming & { workerMatchedSourceType?: string })[])
        .filter((entry) => /\/assets\/index-[^/]+\.(?:js|css)$/.test(entry.name))
        .map((entry) => entry.workerMatchedSourceType),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(new Set(sources)).toEqual(new Set(['cache']));
    await page.close();
  });
});
