/**
 * What a parent in crisis, a midwife and a new user meet on a phone: 112 on the first screen of the
 * smallest phone, the first contact's call without scrolling, the visit bar's eleven languages, the
 * first start's main action, and the quick exit that leaves nothing of the app behind.
 * Addresses and services are found at run time (the guide, the first card), never by sample names.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/domain/languages';
import { storeDirectory, useBrowserSuite } from './harness';
import { guideToEveryContactOfFirstTown, positionOnFirstScreen } from './phone';

const suite = useBrowserSuite(storeDirectory);

/** The guide through the topic that asks "is someone in danger?", answered "yes" (the urgent option). */
async function answerDangerYes(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/?lang=de`);
  await page.locator('main a[href="/fragen/1"]').tap();
  await page.locator('main .town-grid .option-button').first().tap();
  await page.waitForURL(/\/fragen\/2/);
  await page.locator('main .option-button').first().tap();
  await page.locator('main .guide-nav .button').first().tap();
  await page.waitForURL(/\/fragen\/3/);
  const followUpLabel = await page.evaluate(async () => {
    const data = (await (await fetch('/data/directory.json')).json()) as {
      guide: { questions: { kind: string; options?: { followUp?: string; label: Record<string, string> }[] }[] };
    };
    return data.guide.questions.find((q) => q.kind === 'topic')?.options?.find((o) => o.followUp)?.label.de;
  });
  expect(followUpLabel, 'the served guide has a topic that asks about danger').toBeTruthy();
  await page.locator('main .option-button', { hasText: followUpLabel }).first().tap();
  await page.locator('main .guide-nav .button').first().tap();
  await page.locator('main .option-urgent').first().tap();
  await page.waitForURL(/\/ergebnisse/);
}

describe('on a phone', () => {
  it('someone in danger: 112 is a call button on the first screen at 320 × 568, on the answer and the emergency screen', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 568 });
    await answerDangerYes(page);
    const call112 = page.locator('main a[href="tel:112"]').first();
    await call112.waitFor();
    const onAnswer = await positionOnFirstScreen(page, call112);
    expect(onAnswer.bottom).toBeLessThanOrEqual(568);
    await page.locator('header a[href="/notfall"]').tap();
    // The emergency screen's own list, once the results have left the page (while the screen's code
    // loads, the router keeps the previous screen, so both may be in the page for a moment).
    await page.waitForURL(/\/notfall$/);
    await page.locator('main .urgent-calls').waitFor({ state: 'detached' });
    const onEmergencyScreen = page.locator('main .call-list:not(.urgent-calls) a[href="tel:112"]');
    await onEmergencyScreen.waitFor();
    const onEmergency = await positionOnFirstScreen(page, onEmergencyScreen);
    expect(onEmergency.bottom).toBeLessThanOrEqual(568);
    await page.close();
  });

  it("the first result's call is on the first screen at 360 × 740", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/?lang=de`);
    await guideToEveryContactOfFirstTown(page);
    const firstCall = page.locator('main .result-card a.card-call').first();
    const box = await positionOnFirstScreen(page, firstCall);
    expect(box.bottom).toBeLessThanOrEqual(740);
    await page.close();
  });

  it('the visit bar reaches all eleven languages on a 360 px phone, and each switch shows the screen in it', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/besuch?lang=de`);
    await page.locator('main button.button').first().tap();
    const bar = page.locator('header .visit-languages');
    await bar.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const buttons = bar.locator('.visit-language');
    expect(await buttons.count()).toBe(UI_LANGUAGES.length);
    for (const language of UI_LANGUAGES) {
      const button = bar.locator(`.visit-language[lang="${language.code}"]`);
      // Reached by swiping the row: scrolled into view inside the bar, never past the screen's edge.
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      expect(box, language.code).not.toBeNull();
      expect(box!.x, language.code).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, language.code).toBeLessThanOrEqual(360);
      await button.tap();
      await page.waitForFunction((code) => document.documentElement.lang === code, language.code);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      // The screen is in that language and in view: its heading inside the screen, the page not wider.
      const heading = await positionOnFirstScreen(page, page.locator('main h1'));
      expect(heading.top, language.code).toBeLessThan(740);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), language.code).toBeLessThanOrEqual(360);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(language.dir);
    }
    await page.locator('header .visit-end').tap();
    await page.locator('header .visit-bar').waitFor({ state: 'detached' });
    await page.close();
  });

  it('first start: the main action is on the first screen above the languages, each note in its own language', async () => {
    const page = await suite.browser.newPage();
    await page.evaluate(() => localStorage.removeItem('bff.language')).catch(() => undefined);
    await page.goto(`${suite.server.url}/`);
    await page.evaluate(() => localStorage.removeItem('bff.language'));
    await page.reload();
    await page.locator('[data-testid="first-start"]').waitFor();
    for (const [width, height] of [
      [320, 568],
      [360, 740],
    ] as const) {
      await page.setViewportSize({ width, height });
      const action = await positionOnFirstScreen(page, page.locator('main a[href="/fragen/1"]'));
      expect(action.bottom, `${width} × ${height}`).toBeLessThanOrEqual(height);
    }
    // Every "not yet reviewed" note is written in the language it is about.
    const notes = await page.locator('[data-unreviewed]').evaluateAll((els) =>
      els.map((el) => ({
        code: el.getAttribute('data-unreviewed'),
        lang: el.closest('[lang]')?.getAttribute('lang'),
      })),
    );
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) expect(note.lang).toBe(note.code);
    await page.close();
  });

  it('quick exit: one tap leaves an empty page, nothing of the app on screen or in the way back', async () => {
    const page = await suite.browser.newPage();
    // The tab had something else open before (here: an empty page of another origin).
    await page.goto('about:blank');
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.locator('main a[href="/notfall"]').first().tap();
    await page.locator('main a[href="tel:112"]').waitFor();
    // Only the screens about violence, protection and crisis offer it; the start screen does not.
    const exit = page.locator('header .quick-exit-button');
    await exit.waitFor();
    await page.locator('header a.brand').tap();
    await page.locator('main a[href="/fragen/1"]').waitFor();
    expect(await exit.count()).toBe(0);
    await page.goBack();
    await exit.waitFor();
    const before = await page.evaluate(() => navigation.entries().length);
    expect(before).toBeGreaterThanOrEqual(3);
    await exit.tap();
    await expect.poll(() => page.url(), { timeout: 5000 }).toBe('about:blank');
    expect(await page.evaluate(() => document.body?.innerText ?? '')).toBe('');
    expect(await page.title()).toBe('');
    // "Zurück" leads to what was open before the app, not to any of its pages.
    await page.goBack();
    await page.waitForLoadState();
    expect(page.url()).toBe('about:blank');
    expect(await page.evaluate(() => document.body?.innerText ?? '')).toBe('');
    // "Vorwärts": the empty page, then at most the app's start page, never the emergency screen again.
    await page.goForward();
    await page.goForward().catch(() => undefined);
    const ahead = new URL(page.url());
    expect(ahead.pathname === '/' || ahead.href === 'about:blank', ahead.href).toBe(true);
    await page.close();
  });

  it('quick exit works offline and opens no other site', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/notfall?lang=de`);
    await page.locator('header .quick-exit-button').waitFor();
    await suite.browser.context.setOffline(true);
    try {
      await page.locator('header .quick-exit-button').tap();
      await expect.poll(() => page.url(), { timeout: 5000 }).toBe('about:blank');
    } finally {
      await suite.browser.context.setOffline(false);
    }
    expect(suite.browser.outsideRequests).toEqual([]);
    await page.close();
  });
});
