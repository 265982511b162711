/**
 * Leichte Sprache (Easy German) as a UI language of its own: `?lang=de-simple` switches to it (and not
 * to plain German), the screens read in Easy German, stay accessible, and it is offered in the chooser.
 */
import { describe, expect, it } from 'vitest';
import easyGerman from '../../locales/de-simple.json';
import { runAxe, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

describe('Leichte Sprache', () => {
  it('opens from ?lang=de-simple, reads in Easy German and has no accessibility violations', async () => {
    const page = await suite.browser.newPage();
    for (const path of ['/', '/notfall', '/sprache']) {
      await page.goto(`${suite.server.url}${path}?lang=de-simple`);
      await page.locator('main h1').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('de-simple');
      expect(await page.getAttribute('html', 'dir')).toBe('ltr');
      if (path === '/') expect(await page.locator('main h1').textContent()).toBe(easyGerman.home.heading);
      const violations = await runAxe(page);
      expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
    // Offered in the chooser, marked as not yet checked.
    expect(await page.locator('button[lang="de-simple"]').textContent()).toContain('Leichte Sprache');
    expect(await page.locator('[data-unreviewed="de-simple"]').count()).toBe(1);
    await page.close();
  });
});
