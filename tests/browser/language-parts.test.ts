/**
 * One language at a time on the phone: a family that switches, offline, to a language whose texts
 * are not on the phone yet gets a plain message in that language and the German texts meanwhile;
 * back online, only that language's parts are fetched and its texts appear. Needs `npm run build:fixture`.
 */
import { describe, expect, it } from 'vitest';
import { answersQuery, services } from '../fixtures/region';
import { useDistCopySuite } from './dist-copy-suite';
import { goOffline, runAxe, waitForAllResults, waitForOfflineReady } from './harness';
import { expectReflows, lastOnPage, measureReflow, openInApp, placesCovered, textSizer } from './phone';
import { readPartsManifest } from './republish';
import { languageOnPhone, storedLanguages } from './stored-languages';

const suite = useDistCopySuite();

/** A service whose English name differs from its German one. */
const english = services.find(({ service }) => service.name.en !== undefined && service.name.en !== service.name.de)!;

describe('one language at a time on the phone', () => {
  it('offline switch to a language not on the phone: its message, German texts meanwhile; online its texts arrive', async () => {
    expect(english).toBeDefined();
    const manifest = await readPartsManifest(suite.dir);
    const page = await suite.browser.newPage();
    const partRequests: string[] = [];
    suite.browser.context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/parts/')) partRequests.push(path.slice('/data/parts/'.length, -'.json'.length));
    });
    await page.goto(`${suite.server.url}/einstellungen?lang=de`);
    await page.getByTestId('directory-summary').waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => storedLanguages(page), { timeout: 10_000 }).toEqual([]);
    // A German phone fetched the shared parts only, no language's texts.
    expect(new Set(partRequests)).toEqual(new Set(manifest.shared.map((part) => part.sha256)));
    await waitForOfflineReady(page);

    await goOffline(suite.browser.context);
    await page.goto(`${suite.server.url}/angebot/${english.service.id}`);
    await page.locator('main h1', { hasText: english.service.name.de }).waitFor();
    await page.locator('header a[href="/sprache"]').click();
    await page.locator('button[lang="en"]').click();
    await page.waitForURL(`${suite.server.url}/`);
    const waiting = page.getByTestId('language-waiting');
    await waiting.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await waiting.locator('p').textContent()).toBe(
      'The texts in this language will be loaded as soon as you are online. Until then, you see the texts in German.',
    );
    expect(await runAxe(page, 'body')).toEqual([]);
    await page.goto(`${suite.server.url}/angebot/${english.service.id}`);
    await page.locator('main h1', { hasText: english.service.name.de }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    partRequests.length = 0;
    await suite.browser.context.setOffline(false);
    await page.locator('main h1', { hasText: english.service.name.en }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.getByTestId('language-waiting').count(), { timeout: 10_000 }).toBe(0);
    expect(await storedLanguages(page)).toEqual(['en']);
    // Only English parts were fetched (the shared ones were already on the phone).
    const shared = new Set(manifest.shared.map((part) => part.sha256));
    expect(partRequests.length).toBeGreaterThan(0);
    expect(partRequests.filter((hash) => shared.has(hash))).toEqual([]);
    expect(suite.browser.outsideRequests).toEqual([]);
  });
  it('offline switch, then the results and a reload: back online the texts of that language still arrive', async () => {
    // The phone holds the directory (the tests above), without Turkish texts. A reload starts the sync
    // before the saved language is loaded: that first run is for German and ends after Turkish's.
    const turkish = services.find(
      ({ service }) => service.name.tr !== undefined && service.name.tr !== service.name.de,
    );
    expect(turkish).toBeDefined();
    const manifest = await readPartsManifest(suite.dir);
    const turkishParts = new Set((manifest.texts.tr ?? []).map((part) => part.sha256));
    expect(turkishParts.size).toBeGreaterThan(0);
    const partRequests: string[] = [];
    suite.browser.context.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/data/parts/')) partRequests.push(path.slice('/data/parts/'.length, -'.json'.length));
    });
    await goOffline(suite.browser.context);
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/sprache`);
    await page.locator('button[lang="tr"]').click();
    await page.waitForURL(`${suite.server.url}/`);
    await page.getByTestId('language-waiting').waitFor({ timeout: 20_000 });
    await openInApp(page, `/ergebnisse${answersQuery({ town: 'unna' })}`, '.result-card');
    await waitForAllResults(page);
    await page.reload();
    await page.locator('.result-card').first().waitFor({ timeout: 20_000 });
    expect(await page.getAttribute('html', 'lang')).toBe('tr');
    await page.getByTestId('language-waiting').waitFor({ timeout: 20_000 });

    await suite.browser.context.setOffline(false);
    await languageOnPhone(page, 'tr');
    expect(partRequests.filter((hash) => turkishParts.has(hash)).length).toBeGreaterThan(0);
    await page.goto(`${suite.server.url}/angebot/${turkish!.service.id}`);
    await page.locator('main h1', { hasText: turkish!.service.name.tr }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('language-waiting').count()).toBe(0);
    expect(suite.browser.outsideRequests).toEqual([]);
    await page.close();
  });
  it('as a phone at 320 px with 200 % text: the notice floats over the page, never over a call button for good', async () => {
    // The phone holds English and Turkish (the tests above); Arabic's texts are not on it.
    await goOffline(suite.browser.context);
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 568 });
    await (
      await textSizer(page)
    )(200);
    await page.goto(`${suite.server.url}/sprache`);
    await page.locator('button[lang="ar"]').click();
    await page.waitForURL(`${suite.server.url}/`);
    const notice = page.getByTestId('language-waiting');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await openInApp(page, `/ergebnisse${answersQuery({ town: 'unna' })}`, '.result-card');
    await waitForAllResults(page);
    // The first card's call button, scrolled into view as focus or a finger brings it, is never under
    // the notice; at the end of the page the notice sits below the footer, in a room of its own.
    expect(await placesCovered(page.locator('.result-card a.call-button').first(), notice)).toEqual([]);
    expect(await lastOnPage(page, page.locator('.notice-dock'))).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    expectReflows('results with the language notice', 320, await measureReflow(page, 320));
    expect(await runAxe(page, 'body')).toEqual([]);

    // Its close button is on the screen as it is: the notice is taller than the dock here and scrolls
    // inside it, but the button stays at the dock's lower edge.
    const close = notice.getByRole('button', { name: 'إغلاق' });
    const box = (await close.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(568);
    // … and not hidden behind the dock's own scrolled text: a tap at its middle reaches it.
    const hit = await close.evaluate((button) => {
      const { x, y, width, height } = button.getBoundingClientRect();
      return button.contains(document.elementFromPoint(x + width / 2, y + height / 2));
    });
    expect(hit).toBe(true);
    // Closed by a tap, it gives the screen back and stays closed when the next sync attempt fails again.
    await close.tap();
    expect(await notice.count()).toBe(0);
    await openInApp(page, '/einstellungen', 'main button.button-secondary');
    await page.locator('main button.button-secondary', { hasText: 'حدِّث الآن' }).tap();
    await expect.poll(() => page.getByTestId('sync-message').textContent(), { timeout: 20_000 }).not.toBe('');
    expect(await notice.count()).toBe(0);
    await page.close();
  });
});
