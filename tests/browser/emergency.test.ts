/**
 * The emergency screen offline: the national numbers, and the youth office's emergency service of
 * the family's own town from the directory stored on the phone.
 */
import { describe, expect, it } from 'vitest';
import { coversTown, services, telOf } from '../fixtures/region';
import { goOffline, runAxe, useBrowserSuite, waitForOfflineReady } from './harness';

/** The youth office's on-call service for a town in the test region (there is exactly one per town). */
function onCallFor(town: string): string {
  const found = services.filter(
    ({ service }) => service.role === 'youth-office-emergency' && coversTown(service, town as 'luenen'),
  );
  expect(found, town).toHaveLength(1);
  return found[0]!.service.id;
}

const suite = useBrowserSuite();

describe('emergency screen', () => {
  it('routes Holzwickede and Lünen each to the youth office on call for that town, offline', async () => {
    // In the test region a Kreis office is on call for Holzwickede, another office for Lünen.
    const [holzwickedeOnCall, luenenOnCall] = [onCallFor('holzwickede'), onCallFor('luenen')];
    expect(holzwickedeOnCall).not.toBe(luenenOnCall);
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
    expect(await holzwickede.getAttribute('href')).toBe(telOf(holzwickedeOnCall));
    expect(await page.locator('.youth-office-emergency h3').textContent()).toContain('Holzwickede');
    expect(await page.locator('a[href="tel:112"]').isVisible()).toBe(true);

    await page.selectOption('.youth-office-emergency select', 'luenen');
    await page.waitForURL(/town=luenen/);
    await page.locator(`.youth-office-emergency a[href="${telOf(luenenOnCall)}"]`).waitFor();
    expect(await page.locator('.youth-office-emergency a[href^="tel:"]').count()).toBe(1);

    expect(await runAxe(page)).toEqual([]);
    await suite.browser.context.setOffline(false);
    await page.close();
  });
});
