/**
 * The language chooser: offered on the very first start without blocking the emergency button,
 * never again once a language is chosen, and marking translations no native speaker has checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, REPO_ROOT, startServer, type RunningServer, type TestBrowser } from './harness';

let server: RunningServer;
let browser: TestBrowser;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

describe('language chooser', () => {
  it('is offered on the first start, blocks nothing, and is remembered', async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const panel = page.locator('[data-testid="first-start"]');
    await panel.waitFor();
    expect(await panel.locator('button[lang="ar"]').isVisible()).toBe(true);
    // The "not yet checked" notes are there from the chooser's first render, without fetching any
    // other language's strings (which made the list grow and the page jump on a slow phone).
    expect(await panel.locator('button[lang="ar"] [data-unreviewed]').count()).toBe(1);
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(scripts.filter((path) => /\/assets\/(en|tr|ar|fa|uk|ru|pl|ro|bg|de-simple)-[\w-]+\.js$/.test(path))).toEqual(
      [],
    );
    // The emergency button stays one tap away.
    await page.locator('header a[href="/notfall"]').click();
    await page.locator('a[href="tel:112"]').waitFor();
    await page.goBack();
    await page.locator('main h1').waitFor();

    await page.reload();
    await page.locator('main h1').waitFor();
    // Shown once: having left the home screen, the language in use counts as chosen.
    expect(await panel.count()).toBe(0);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await panel.waitFor();
    await panel.locator('button[lang="ar"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await panel.count()).toBe(0);
    expect(browser.outsideRequests).toEqual([]);
    await browser.close();
  });

  it('is not shown when the link names a language', async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(`${server.url}/?lang=en`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('[data-testid="first-start"]').count()).toBe(0);
    await browser.close();
  });

  it('says which translations no native speaker has checked, in the words of that language', async () => {
    browser = await launchBrowser();
    const page = await browser.newPage();
    const arabicNote = (
      JSON.parse(readFileSync(join(REPO_ROOT, 'locales/ar.json'), 'utf8')) as { language: { notReviewed: string } }
    ).language.notReviewed;
    for (const ui of ['de', 'en']) {
      await page.goto(`${server.url}/sprache?lang=${ui}`);
      const note = page.locator('main button[lang="ar"] [data-unreviewed]');
      await note.waitFor();
      // The same Arabic words whatever the screen's language, read as Arabic (the button's lang and dir).
      expect(await note.textContent()).toBe(arabicNote);
      expect(
        await note.evaluate((el) => [el.closest('[lang]')?.getAttribute('lang'), getComputedStyle(el).direction]),
      ).toEqual(['ar', 'rtl']);
      expect(await page.locator('main button[lang="de"] [data-unreviewed]').count()).toBe(0);
    }
    await page.goto(`${server.url}/sprache?lang=ar`);
    await page.locator('[data-testid="not-reviewed-hint"]').waitFor();
    await browser.close();
  });
});
