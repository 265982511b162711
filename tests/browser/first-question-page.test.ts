/**
 * The guide's first question is a ready page (dist/fragen/1.html): offline it arrives from the
 * service worker with the question already in it, the app takes it over in place (one header, one
 * question, buttons that work), and a family with another language never sees it in German.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { answerLabel, answersQuery, questionText } from '../fixtures/region';
import { goOffline, launchBrowser, useBrowserSuite, waitForOfflineReady } from './harness';
import { copyDist, startStaticServer } from './static-server';

/** The test region's town question, in German (tests/fixtures/region/guide.yaml). */
const TOWN_QUESTION = questionText('municipality');

const suite = useBrowserSuite(async ({ server, browser }) => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await waitForOfflineReady(page);
  await page.close();
  await goOffline(browser.context);
});

/** Resolves when the app has taken the page over (main.tsx removes nothing visible, so ask the DOM). */
async function takenOver(page: Page): Promise<void> {
  // The app's router marks the screen's links and buttons with event handlers only it has: the
  // progress bar's width is set by the app alone (the ready page leaves inline styles out).
  await page.locator('.progress-bar > span[style]').waitFor({ state: 'attached' });
}

describe('the ready first-question page', () => {
  it('comes with the question in it, offline, and the app takes it over in place', async () => {
    const page = await suite.browser.newPage();
    const response = await page.goto(`${suite.server.url}/fragen/1`);
    expect(response?.fromServiceWorker()).toBe(true);
    const html = await response!.text();
    expect(html).toContain(`<h1 tabindex="-1">${TOWN_QUESTION}</h1>`);
    expect(html).toContain('>Lünen<');
    expect(html).toContain(`<title>${TOWN_QUESTION} – Brücken für Familien</title>`);

    await takenOver(page);
    expect(await page.locator('header.app-header').count()).toBe(1);
    expect(await page.locator('main h1').count()).toBe(1);
    expect(await page.locator('main h1').textContent()).toBe(TOWN_QUESTION);
    await page.getByRole('button', { name: 'Lünen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/fragen/2' && url.search === answersQuery({ town: 'luenen' }));
    await page.locator('main h1', { hasText: questionText('life-stage') }).waitFor();
    expect(await page.locator('main h1').count()).toBe(1);
    await page.close();
  });

  it('shows another language only, never the German page first', async () => {
    const page = await suite.browser.newPage();
    // Looks at every frame the browser renders, from the first: was German ever shown? (The page may
    // hold the German question in its DOM while it is kept from rendering, before the language check.)
    await page.addInitScript((german) => {
      const seen = { germanShown: false, frames: 0 };
      Object.assign(window, { __seen: seen });
      const look = () => {
        seen.frames++;
        const h1 = document.querySelector('main h1');
        const hidden = document.documentElement.classList.contains('prerender-hidden');
        if (h1?.textContent === german && !hidden) seen.germanShown = true;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    }, TOWN_QUESTION);
    await page.goto(`${suite.server.url}/fragen/1?lang=ar`);
    await page.locator('main h1', { hasText: questionText('municipality', 'ar') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.classList.contains('prerender-hidden'))).toBe(false);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.locator('main h1').count()).toBe(1);
    await expectGermanNeverShown(page);
    // The choice is remembered: the next cold start hides the German page too.
    await page.goto(`${suite.server.url}/fragen/1`);
    await page.locator('main h1', { hasText: questionText('municipality', 'ar') }).waitFor();
    await expectGermanNeverShown(page);
    await page.close();
  });

  it('goes back to the question with the town chosen, from the same page', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/fragen/1${answersQuery({ town: 'werne' })}`);
    await takenOver(page);
    expect(await page.getByRole('button', { name: 'Werne', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: 'Lünen', exact: true }).getAttribute('aria-pressed')).toBe('false');
    await page.close();
  });

  it('is what the server sends for /fragen/1 on a first visit too (npm start, clean URLs)', async () => {
    for (const path of ['/fragen/1', `/fragen/1${answersQuery({ town: 'luenen' })}`]) {
      const html = await (await fetch(`${suite.server.url}${path}`)).text();
      expect(html).toContain('data-prerendered="/fragen/1"');
    }
    // Every other path gets the plain app shell.
    expect(await (await fetch(`${suite.server.url}/fragen/2`)).text()).not.toContain('data-prerendered');
  });

  it('lets a first visit answer the questions while the directory cannot be fetched yet', async () => {
    // A host whose directory is not reachable (here: missing): the questions still work from the page.
    const copy = await copyDist();
    await rm(join(copy.dir, 'data'), { recursive: true, force: true });
    const server = await startStaticServer(copy.dir);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/fragen/1`);
      await takenOver(page);
      await page.getByRole('button', { name: 'Unna', exact: true }).click();
      await page.locator('main h1', { hasText: questionText('life-stage') }).waitFor();
      await page.getByRole('button', { name: answerLabel('life-stage', 'baby'), exact: true }).click();
      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page.locator('main h1', { hasText: questionText('topic') }).waitFor();
      // Only the results need the directory, and they say so plainly, with the way to the emergency numbers.
      await page.getByRole('button', { name: 'Weiter', exact: true }).click();
      await page.getByText('Das Verzeichnis ist noch nicht auf diesem Handy.').waitFor();
      expect(browser.outsideRequests).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
      await copy.remove();
    }
  });

  it('keeps an answer tapped before the app has taken the page over (a slow phone)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      // The app's code is held back, as on a slow phone, while the ready page is already on screen.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${suite.server.url}/fragen/1`, { waitUntil: 'commit' });
      await page.getByRole('button', { name: 'Unna', exact: true }).click();
      expect(await page.locator('#app').getAttribute('data-early-tap')).toBe('Unna');
      expect(new URL(page.url()).pathname).toBe('/fragen/1');
      release();
      await page.waitForURL((url) => url.pathname === '/fragen/2' && url.search === answersQuery({ town: 'unna' }));
      await page.locator('main h1', { hasText: questionText('life-stage') }).waitFor();
      expect(await page.locator('#app').getAttribute('data-early-tap')).toBeNull();
      expect(await page.locator('main button[aria-busy]').count()).toBe(0);
      expect(browser.outsideRequests).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('sent no request to any host but 127.0.0.1', () => {
    expect(suite.browser.outsideRequests).toEqual([]);
  });
});

/** What the frame watcher of the language test saw: frames were rendered, none with German. */
async function expectGermanNeverShown(page: Page): Promise<void> {
  const seen = await page.evaluate(
    () => (window as unknown as { __seen: { germanShown: boolean; frames: number } }).__seen,
  );
  expect(seen.frames).toBeGreaterThan(0);
  expect(seen.germanShown).toBe(false);
}
