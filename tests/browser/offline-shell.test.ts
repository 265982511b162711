/**
 * The promise of the app: opened once with network, it starts again without network, on every deep link.
 * Needs a production build: `npm run build`, then `npx vitest run --project browser`.
 */
import { describe, expect, it } from 'vitest';
import { goOffline, useBrowserSuite, waitForOfflineReady } from './harness';

const suite = useBrowserSuite();

describe('offline app shell', () => {
  it('installs the service worker on the first visit and starts again without network', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    await page.locator('h1').first().waitFor({ state: 'visible' });
    await waitForOfflineReady(page);

    await goOffline(suite.browser.context);
    await page.reload();
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('header').first().isVisible()).toBe(true);
  });

  it('takes the start pages and their files straight from the cache, without waiting for the worker', async () => {
    const page = await suite.browser.newPage();
    const sources = async (path: string) => {
      await page.goto(`${suite.server.url}${path}`);
      await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 10_000 });
      return page.evaluate(() => {
        // Chromium reports which static route answered (workerMatchedSourceType), '' for none.
        type Timing = PerformanceResourceTiming & { workerMatchedSourceType?: string };
        const navigation = performance.getEntriesByType('navigation')[0] as Timing;
        const files = (performance.getEntriesByType('resource') as Timing[]).filter((entry) =>
          /\/assets\/index-[^/]+\.(?:js|css)$|\/prerender-check\.js$/.test(entry.name),
        );
        return {
          page: navigation.workerMatchedSourceType,
          files: [...new Set(files.map((f) => f.workerMatchedSourceType))],
        };
      });
    };
    expect(await sources('/?source=pwa')).toEqual({ page: 'cache', files: ['cache'] });
    expect(await sources('/fragen/1')).toEqual({ page: 'cache', files: ['cache'] });
    // A link with a language goes through the worker, which picks the page for it.
    expect((await sources('/fragen/1?lang=ar')).page).not.toBe('cache');
  });

  it('opens an unknown deep link offline (the app shows its own page, not the browser error)', async () => {
    const page = await suite.browser.newPage();
    const response = await page.goto(`${suite.server.url}/gibt-es-nicht/123`);
    expect(response?.fromServiceWorker()).toBe(true);
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('opens the emergency numbers offline, ready to call 112', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/notfall`);
    await page.locator('a[href="tel:112"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('opens the home-screen start URL offline', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/?source=pwa`);
    await page.locator('h1').first().waitFor({ state: 'visible', timeout: 10_000 });
  });

  it('does not answer directory data or missing files with the app shell', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    const results = await page.evaluate(async () => {
      const attempt = (url: string) =>
        fetch(url).then(
          (r) => `HTTP ${r.status} ${r.headers.get('content-type') ?? ''}`,
          () => 'failed',
        );
      return { data: await attempt('/data/directory.json'), file: await attempt('/nicht-da.png') };
    });
    // Offline and not precached: the request fails instead of getting index.html.
    expect(results).toEqual({ data: 'failed', file: 'failed' });
  });

  it('sent no request to any host but 127.0.0.1', () => {
    expect(suite.browser.outsideRequests).toEqual([]);
  });
});
