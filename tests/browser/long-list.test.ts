/**
 * A large directory on a phone: the search's list grows as the family scrolls (or presses "Weitere
 * anzeigen") instead of building every card at once; the count says the full number; the keyboard
 * continues at the first new card; the last result can be reached. The directory is the test
 * region's services copied into 600 numbered ones (tests/fixtures/numbered-directory.ts).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { numberedDirectory } from '../fixtures/numbered-directory';
import { useDistCopySuite } from './dist-copy-suite';
import { publishedDirectory, republish } from './republish';
import { countServiceReads } from './service-reads';

const SERVICES = 600;
const suite = useDistCopySuite();

beforeAll(async () => {
  const published = await publishedDirectory(suite.dir);
  // Every summary carries the label: one word that every service matches.
  const directory = numberedDirectory({
    services: SERVICES,
    version: `${published.meta.version}-gross`,
    label: 'Langeliste',
  });
  await republish(suite.dir, directory);
});

const cards = 'main article.result-card';

/** Searches the word every service matches and waits until the list and its full count are shown. */
async function searchEveryService(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/suche?q=langeliste`);
  await page.locator(cards).first().waitFor({ timeout: 30_000 });
  await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
  await page
    .getByRole('status')
    .filter({ hasText: `${SERVICES} Treffer` })
    .waitFor();
}

describe('a long result list on a phone', () => {
  it('shows the full count, builds a bounded number of cards, and the last result is reachable', async () => {
    const page = await suite.browser.newPage();
    await searchEveryService(page);

    const shown = await page.locator(cards).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(40);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    await page.getByText(`${shown} von ${SERVICES} Angeboten angezeigt`).waitFor();

    // Scrolling to the end brings more, batch by batch, until the last one.
    // A batch is built a few cards per task: counted once it is complete (no list busy).
    const settled = async () => {
      await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
      return page.locator(cards).count();
    };
    for (let round = 0; round < 40 && (await settled()) < SERVICES; round += 1) {
      const before = await settled();
      await page.locator(cards).last().scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 4000);
      await expect.poll(() => page.locator(cards).count(), { timeout: 10_000 }).toBeGreaterThan(before);
    }
    expect(await page.locator(cards).count()).toBe(SERVICES);
    const last = page.locator(cards).last();
    await last.scrollIntoViewIfNeeded();
    expect(await last.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Weitere \d+ anzeigen$/ }).count()).toBe(0);
    await page.close();
  });

  it('"Weitere anzeigen" adds cards and takes the keyboard focus to the first new one', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/suche?q=langeliste`);
    await page.locator(cards).first().waitFor({ timeout: 30_000 });
    await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    const more = page.getByRole('button', { name: /^Weitere \d+ anzeigen$/ });
    await more.focus();
    // Focusing the button scrolls the end of the list into view, which may add a batch by itself:
    // what counts is the number of cards at the moment of the key press.
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('main .show-more button')][0]!;
      button.addEventListener(
        'click',
        () => {
          (window as unknown as { __before: number }).__before =
            document.querySelectorAll('main article.result-card').length;
        },
        { capture: true },
      );
    });
    await page.keyboard.press('Enter');
    const before = await page.evaluate(() => (window as unknown as { __before: number }).__before);
    await expect.poll(() => page.locator(cards).count()).toBeGreaterThan(before);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const card = document.activeElement?.closest('article.result-card');
          return card ? [...document.querySelectorAll('main article.result-card')].indexOf(card) : -1;
        }),
      )
      .toBe(before);
    await page.close();
  });

  it('the page reads from the phone only the services of the cards it shows, a batch more as the list grows', async () => {
    // The directory on the phone first (an earlier visit).
    const first = await suite.browser.newPage();
    await first.goto(`${suite.server.url}/suche?q=langeliste`);
    await first.locator(cards).first().waitFor({ timeout: 30_000 });
    await first.close();

    const page = await suite.browser.newPage();
    const reads = await countServiceReads(page);
    await searchEveryService(page);
    const shown = await page.locator(cards).count();
    expect(shown).toBeLessThanOrEqual(40);
    // The cards shown and the next batch (read ahead), never the whole directory.
    await expect.poll(async () => (await reads()).one).toBeGreaterThanOrEqual(shown);
    expect(await reads()).toMatchObject({ many: 0 });
    expect((await reads()).one).toBeLessThanOrEqual(shown + 32);

    await page.getByRole('button', { name: /^Weitere \d+ anzeigen$/ }).click();
    await expect.poll(() => page.locator(cards).count()).toBeGreaterThan(shown);
    // The batch is built a few cards per task: counted once it is complete.
    await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
    const more = await page.locator(cards).count();
    expect(await reads()).toMatchObject({ many: 0 });
    expect((await reads()).one).toBeLessThanOrEqual(more + 32);
    await page.close();
  });
});
