/**
 * The pages a public app must have: reachable from every screen through the footer, accessible,
 * with the Kreis's missing facts visibly marked as placeholders; and Vorlesen, driven by a fake
 * speech engine (headless Chromium has no voices): shown only with a local voice for the language,
 * reading in that language, stopping on navigation.
 */
import { describe, expect, it } from 'vitest';
import { fakeSpeech, spokenLog } from './fake-speech';
import { runAxe, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

const LEGAL = [
  ['/impressum', 'Impressum'],
  ['/datenschutz', 'Datenschutzerklärung'],
  ['/barrierefreiheit', 'Erklärung zur Barrierefreiheit'],
] as const;
const SCREENS = ['/', '/notfall', '/sprache', '/merkliste', '/einstellungen', '/gibt-es-nicht'];

describe('legal pages', () => {
  it('are linked from the footer of every screen', async () => {
    const page = await suite.browser.newPage();
    for (const from of [...SCREENS, ...LEGAL.map(([path]) => path)]) {
      for (const [path, heading] of LEGAL) {
        await page.goto(`${suite.server.url}${from}?lang=de`);
        await page.locator('main h1').waitFor();
        await page.locator(`footer a[href="${path}"]`).click();
        await page.locator('main h1', { hasText: heading }).waitFor();
        expect(page.url(), `${from} → ${path}`).toBe(`${suite.server.url}${path}`);
      }
    }
    await page.close();
  });

  it.each(['de', 'en'])('have no accessibility violations (%s, light and dark)', async (lang) => {
    const page = await suite.browser.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path] of LEGAL) {
        await page.goto(`${suite.server.url}${path}?lang=${lang}`);
        await page.locator('main h1').waitFor();
        const violations = await runAxe(page);
        expect(violations, `${path} (${lang}, ${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
    }
    await page.close();
  });

  it('mark every value the Kreis still has to fill in, visibly and in words', async () => {
    const page = await suite.browser.newPage();
    for (const [path] of LEGAL) {
      await page.goto(`${suite.server.url}${path}?lang=de`);
      await page.locator('main h1').waitFor();
      expect(await page.locator('.placeholder-notice').isVisible(), path).toBe(true);
      const marks = page.locator('main mark.placeholder');
      expect(await marks.count(), path).toBeGreaterThan(0);
      for (const mark of await marks.all()) {
        expect(await mark.isVisible()).toBe(true);
        expect(await mark.textContent()).toMatch(/^Platzhalter \[.+\]$/s);
        expect(await mark.evaluate((el) => getComputedStyle(el).borderStyle)).toBe('dashed');
      }
    }
    await page.goto(`${suite.server.url}/impressum?lang=en`);
    await page.locator('main mark.placeholder').first().waitFor();
    expect(await page.locator('main mark.placeholder').first().textContent()).toMatch(/^Placeholder \[/);
    await page.close();
  });

  it('say what stays on the phone and lead to "Meine Daten löschen"', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/datenschutz?lang=de`);
    // The page's screen arrives as its own chunk: read its text once its sections are there.
    await page.locator('main .legal-page .legal-section').first().waitFor();
    const text = await page.locator('main').innerText();
    for (const promise of [
      'kein Tracking',
      'Merkliste',
      'Sprachwahl',
      'Verzeichnis',
      'Standort',
      'Meine Daten löschen',
    ]) {
      expect(text).toContain(promise);
    }
    await page.locator('main a[href^="/einstellungen"]').click();
    await page.locator('main h2', { hasText: 'Meine Daten löschen' }).waitFor();
    expect(await page.locator('main button', { hasText: 'Meine Daten löschen' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('Vorlesen', () => {
  it('reads the page in the current language with a local voice and stops on navigation', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, [
      { lang: 'de-DE', localService: true },
      { lang: 'en-US', localService: true },
    ]);
    await page.goto(`${suite.server.url}/impressum?lang=de`);
    const button = page.locator('main button.read-aloud');
    await button.click();
    const log = await spokenLog(page);
    expect(log.spoken[0]?.text).toMatch(/^Impressum\./);
    expect(log.spoken.every((u) => u.lang === 'de-DE')).toBe(true);
    expect(await button.textContent()).toBe('Anhalten');
    const cancelsBefore = log.cancels;
    await page.locator('footer a[href="/notfall"]').click();
    await page.locator('main h1', { hasText: 'Notfall' }).waitFor();
    expect((await spokenLog(page)).cancels).toBeGreaterThan(cancelsBefore);

    // The emergency screen reads the numbers digit by digit.
    await page.locator('main button.read-aloud').click();
    const all = (await spokenLog(page)).spoken.map((u) => u.text).join(' ');
    expect(all).toContain('1 1 2');
    expect(all).toContain('0 8 0 0, 1 1 1, 0, 5 5 0');

    await page.goto(`${suite.server.url}/datenschutz?lang=en`);
    await page.locator('main button.read-aloud').click();
    expect((await spokenLog(page)).spoken.at(-1)?.lang).toBe('en-US');
    await page.close();
  });

  it('is hidden where the phone has no local voice for the language', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, [
      { lang: 'de-DE', localService: true },
      { lang: 'en-GB', localService: false }, // a network voice: the text would leave the phone
    ]);
    await page.goto(`${suite.server.url}/barrierefreiheit?lang=en`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main button.read-aloud').count()).toBe(0);
    await page.goto(`${suite.server.url}/notfall?lang=de`);
    await page.locator('main button.read-aloud').waitFor();
    await page.close();
  });

  it('appears when the voices arrive late (voiceschanged)', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, [{ lang: 'de-DE', localService: true }], 1500);
    await page.goto(`${suite.server.url}/impressum?lang=de`);
    await page.locator('main h1').waitFor();
    expect(await page.locator('main button.read-aloud').count()).toBe(0);
    await page.locator('main button.read-aloud').waitFor({ timeout: 5000 });
    await page.close();
  });
});
