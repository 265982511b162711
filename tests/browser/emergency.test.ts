/**
 * The emergency screen offline: the national numbers, and the youth office's emergency service of
 * the family's own town from the directory stored on the phone.
 */
import { describe, expect, it } from 'vitest';
import { goOffline, runAxe, useBrowserSuite, waitForOfflineReady } from './harness';

const suite = useBrowserSuite();

describe('emergency screen', () => {
  it('routes Holzwickede to the Kreisjugendamt and Lünen to its own Jugendamt, offline', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/notfall?town=holzwickede&lang=de`);
    await waitForOfflineReady(page);
    // The first visit stores the directory; its youth-office numbers appear without any action.
    await page.locator('.youth-office-emergency a[href^="tel:"]').first().waitFor({ timeout: 30_000 });

    await goOffline(suite.browser.context);
    await page.reload();
    const holzwickede = page.locator('.youth-office-emergency a[href^="tel:"]');
    await holzwickede.first().waitFor({ timeout: 15_000 });
    expect(await holzwickede.count()).toBe(1);
    expect(await holzwickede.getAttribute('href')).toBe('tel:+492303271900');
    expect(await page.locator('.youth-office-emergency h3').textContent()).toContain('Holzwickede');
    expect(await page.locator('a[href="tel:112"]').isVisible()).toBe(true);

    await page.selectOption('.youth-office-emergency select', 'luenen');
    await page.waitForURL(/town=luenen/);
    await page.locator('.youth-office-emergency a[href="tel:+4923061042999"]').waitFor();
    expect(await page.locator('.youth-office-emergency a[href^="tel:"]').count()).toBe(1);

    expect(await runAxe(page)).toEqual([]);
    await suite.browser.context.setOffline(false);
    await page.close();
  });
});
