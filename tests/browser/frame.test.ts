/**
 * The frame every screen shares: accessible in German and English, in light and dark, with the
 * emergency button always there, a language switch that is remembered, and working back/forward.
 */
import { describe, expect, it } from 'vitest';
import { runAxe, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

const SCREENS = ['/', '/notfall', '/sprache', '/merkliste', '/gibt-es-nicht'];

describe('app frame', () => {
  it.each(['de', 'en'])('has no accessibility violations on any screen (%s, light and dark)', async (lang) => {
    const page = await suite.browser.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of SCREENS) {
        await page.goto(`${suite.server.url}${path}?lang=${lang}`);
        await page.locator('main h1').waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(lang);
        const violations = await runAxe(page);
        expect(violations, `${path} (${lang}, ${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
    }
    await page.close();
  });

  it('shows the emergency button on every screen and opens the numbers with one tap', async () => {
    const page = await suite.browser.newPage();
    for (const path of SCREENS) {
      await page.goto(`${suite.server.url}${path}?lang=de`);
      const button = page.locator('header a[href="/notfall"]');
      expect(await button.isVisible(), path).toBe(true);
    }
    await page.locator('header a[href="/notfall"]').click();
    await page.locator('a[href="tel:112"]').waitFor();
    // The ten national numbers ship with the app; the youth offices' numbers follow from the directory.
    expect(await page.locator('main ul.call-list').first().locator('a[href^="tel:"]').count()).toBe(10);
    expect(await page.locator('a[href="tel:+498001110550"]').textContent()).toContain('0800 111 0 550');
    await page.close();
  });

  it('switches the language from the header, remembers it, and lets ?lang= win', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.locator('header a[href="/sprache"]').click();
    await page.locator('button[lang="en"]').click();
    await page.waitForURL(`${suite.server.url}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('main h1').textContent()).toBe('Help for your family in the district of Unna');

    await page.reload();
    await page.locator('main h1').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en'); // remembered on the device

    await page.goto(`${suite.server.url}/notfall?lang=de`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Notfall – schnelle Hilfe');
    await page.close();
  });

  it('gives every screen its own address, with back and forward working', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.locator('main h1').waitFor();
    await page.locator('main a[href="/notfall"]').click();
    await page.waitForURL(`${suite.server.url}/notfall`);
    await page.locator('footer a[href="/merkliste"]').click();
    await page.waitForURL(`${suite.server.url}/merkliste`);
    // The old screen stays until the new one has loaded, so wait for the new heading.
    await page.locator('main h1', { hasText: 'Meine Merkliste' }).waitFor();

    await page.goBack();
    await page.waitForURL(`${suite.server.url}/notfall`);
    await page.locator('a[href="tel:112"]').waitFor();
    await page.goBack();
    await page.waitForURL(/\/\?lang=de$/);
    await page.goForward();
    await page.waitForURL(`${suite.server.url}/notfall`);
    // After a navigation the new screen's heading has the focus, so screen readers start there. The address
    // changes first and the screen is drawn a moment later (read at once, it said BODY in one full run of the suite).
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, { timeout: 5000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Notfall – schnelle Hilfe');
    await page.close();
  });

  it('works at 320 px width without sideways scrolling', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of SCREENS) {
      await page.goto(`${suite.server.url}${path}?lang=de`);
      await page.locator('main h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
