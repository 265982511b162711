/**
 * The Merkliste keeps the order the family chose, offline and across reloads, and moving works
 * with plain buttons (keyboard, screen reader), not by dragging.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answersQuery } from '../fixtures/region';
import { goOffline, useBrowserSuite, waitForOfflineReady } from './harness';

const suite = useBrowserSuite();

/** The test region's family office for Lünen (tests/fixtures/region). */
const FAMILY_OFFICE = 'afn-babylotsen';
const names = async (page: Page) => page.locator('[data-testid="saved-contact"] h2').allTextContents();

describe('Merkliste order', () => {
  it('moves a saved contact up, and the order survives a reload offline', async () => {
    const page = await suite.browser.newPage();
    await page.goto(
      `${suite.server.url}/ergebnisse${answersQuery({ town: 'luenen', lifeStages: ['baby'], topics: ['baby-care'] })}&lang=de`,
    );
    await waitForOfflineReady(page);
    const cards = page.locator('[data-service-id]');
    await cards.first().waitFor();
    const ids = await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-service-id')));
    const other = ids.find((id) => id !== FAMILY_OFFICE)!;
    for (const id of [FAMILY_OFFICE, other]) {
      const card = page.locator(`[data-service-id="${id}"]`);
      await card.getByRole('button', { name: /^Merken:/ }).click();
      await card.getByRole('button', { name: /^Gespeichert:/ }).waitFor();
    }

    await page.goto(`${suite.server.url}/merkliste`);
    await page.locator('[data-testid="saved-contact"]').nth(1).waitFor();
    const before = await names(page);
    expect(before).toHaveLength(2);
    // The first entry cannot move further up, the last not further down.
    const first = page.locator('[data-testid="saved-contact"]').first();
    expect(await first.getByRole('button', { name: /nach oben schieben$/ }).count()).toBe(0);

    await page
      .locator('[data-testid="saved-contact"]')
      .nth(1)
      .getByRole('button', { name: /nach oben schieben$/ })
      .click();
    await page.locator('p[role="status"]', { hasText: 'steht jetzt an Stelle 1' }).waitFor();
    await expect.poll(() => names(page)).toEqual([before[1], before[0]]);

    await goOffline(suite.browser.context);
    await page.reload();
    await page.locator('[data-testid="saved-contact"]').nth(1).waitFor();
    expect(await names(page)).toEqual([before[1], before[0]]);
    await suite.browser.context.setOffline(false);
    await page.close();
  });
});
