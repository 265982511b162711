/**
 * The printed handout: up to five contacts fit on one A4 page, also in Arabic (right to left, a
 * larger script). Printed to PDF by Chromium, as "Drucken" does; the pages are counted in the PDF.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, storeDirectory, useBrowserSuite } from './harness';
import { guideToEveryContactOfFirstTown } from './phone';

const suite = useBrowserSuite(storeDirectory);

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('the handout', () => {
  for (const language of ['de', 'ar']) {
    it(`prints five contacts on one A4 page in ${language}`, async () => {
      const page = await suite.browser.newPage();
      await page.goto(`${suite.server.url}/besuch?lang=${language}`);
      await page.locator('main button.button').first().tap();
      await page.locator('header .visit-bar').waitFor();
      // Five contacts that have a phone number: the first five cards of all the contacts for one town.
      await page.locator('header a.brand').tap();
      await guideToEveryContactOfFirstTown(page);
      const toggles = page.locator('main .result-card:has(a.card-call) .visit-pick');
      expect(await toggles.count()).toBeGreaterThanOrEqual(5);
      for (let i = 0; i < 5; i++) {
        await toggles.nth(i).tap();
        await page.locator('main .result-card:has(a.card-call) .visit-pick[aria-pressed="true"]').nth(i).waitFor();
      }
      await page.goto(`${suite.server.url}/weitergeben/drucken`);
      await page.locator('main .handout-contact').nth(4).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      // Kept for a look (tests/artifacts is not committed).
      await mkdir(join(REPO_ROOT, 'tests/artifacts'), { recursive: true });
      await writeFile(join(REPO_ROOT, `tests/artifacts/handout-${language}.pdf`), pdf).catch(() => undefined);
      expect(pageCount(pdf)).toBe(1);
      await page.close();
    });
  }
});
