/**
 * The update flow: a new release waits politely ("Neue Version verfügbar") and takes over only when the
 * user presses "Jetzt aktualisieren". Building twice is too slow, so the test serves a copy of dist/ and
 * changes sw.js in place; the changed worker answers /__sw-version so the test can tell the versions apart.
 */
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDistCopySuite } from './dist-copy-suite';
import { answersQuery } from '../fixtures/region';
import { runAxe, waitForAllResults, waitForOfflineReady } from './harness';
import { expectReflows, lastOnPage, measureReflow, placesCovered, recordLayoutShifts, textSizer } from './phone';

const NEW_VERSION_CODE = `
;self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname === '/__sw-version') event.respondWith(new Response('2'));
});
`;

const suite = useDistCopySuite();

describe('update flow', () => {
  it('tells after the first install that the app works offline, and the notice can be closed', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    const before = await heading.boundingBox();
    await waitForOfflineReady(page);
    const notice = page.getByText('Die App funktioniert jetzt auch ohne Internet.');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await page.locator('[role="status"]').filter({ has: notice }).count()).toBe(1);
    // The notice floats at the bottom: the page under the reader's finger does not move.
    expect(await heading.boundingBox()).toEqual(before);
    const dock = await page.locator('.notice-dock').boundingBox();
    expect(dock!.y + dock!.height).toBeCloseTo(page.viewportSize()!.height, 0);
    expect(await runAxe(page, '.pwa-notices')).toEqual([]);
    // At the end of the page it sits below the footer, in room of its own.
    expect(await lastOnPage(page, page.locator('.notice-dock'))).toEqual([]);
    await page.getByRole('button', { name: 'Schließen' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.close();
  });

  it('offers a new version, never reloads by itself, and switches to it on "Jetzt aktualisieren"', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    await waitForOfflineReady(page);
    // The old worker does not know /__sw-version: the host answers with the app page.
    expect(await page.evaluate(() => fetch('/__sw-version').then((r) => r.text()))).not.toBe('2');

    // Release "version 2" and let the open page find it, as it would on its next update check.
    await appendFile(join(suite.dir, 'sw.js'), NEW_VERSION_CODE);
    await page.evaluate(() => {
      (window as unknown as { __samePage: boolean }).__samePage = true;
    });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await page.getByText('Neue Version verfügbar').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await runAxe(page, '.pwa-notices')).toEqual([]);
    // Give a surprise reload every chance to happen, then check it did not.
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      true,
    );

    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await reloaded;
    await waitForOfflineReady(page);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBeUndefined();
    expect(await page.evaluate(() => fetch('/__sw-version').then((r) => r.text()))).toBe('2');
    expect(await page.getByText('Neue Version verfügbar').count()).toBe(0);
  });

  it('lets the user put the update off', async () => {
    await appendFile(join(suite.dir, 'sw.js'), '\n// version 3\n');
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    await waitForOfflineReady(page);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('Neue Version verfügbar').waitFor({ state: 'visible', timeout: 15_000 });
    await page.getByRole('button', { name: 'Später' }).click();
    await page.getByText('Neue Version verfügbar').waitFor({ state: 'detached' });
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      true,
    );
  });

  it('as a phone at 320 px with 200 % text: the notice of a new version moves nothing and never covers a call button', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 568 });
    await (
      await textSizer(page)
    )(200);
    await page.goto(`${suite.server.url}/ergebnisse${answersQuery({ town: 'unna' })}`);
    await waitForOfflineReady(page);
    await waitForAllResults(page);
    // The count is announced a moment after the cards (a live region's text must change to be read out).
    await page.locator('p[role="status"].result-count', { hasText: /\d/ }).waitFor();
    // Version 3, put off above, still waits and is offered again: put it off, then release version 4.
    const later = page.getByRole('button', { name: 'Später' });
    await later.waitFor({ state: 'visible', timeout: 15_000 });
    await later.click();
    await later.waitFor({ state: 'detached' });
    const cards = page.locator('.result-card, .app-footer');
    const before = await cards.evaluateAll((els) => els.map((el) => JSON.stringify(el.getBoundingClientRect())));
    const shifts = await recordLayoutShifts(page);
    await appendFile(join(suite.dir, 'sw.js'), '\n// version 4\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.locator('.pwa-notice');
    await notice.getByText('Neue Version verfügbar').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await shifts()).toEqual([]);
    expect(await cards.evaluateAll((els) => els.map((el) => JSON.stringify(el.getBoundingClientRect())))).toEqual(
      before,
    );
    expect(await placesCovered(page.locator('.result-card a.call-button').first(), notice)).toEqual([]);
    expect(await lastOnPage(page, page.locator('.notice-dock'))).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    expectReflows('results with the update notice', 320, await measureReflow(page, 320));
    expect(await runAxe(page, 'body')).toEqual([]);
    await later.click();
    await page.close();
  });

  it('sent no request to any host but 127.0.0.1', () => {
    expect(suite.browser.outsideRequests).toEqual([]);
  });
});
