/**
 * The guide with the keyboard alone (Tab, Shift+Tab, Enter, Space; no clicks): from the start screen
 * through the questions to the results and the right office's phone link. Every control that
 * gets the focus shows it (a visible outline), and after each step the focus is on the new screen's
 * heading, so keyboard and screen-reader users start at the top.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerLabel, answersQuery, nameOf, questionText, telOf } from '../fixtures/region';
import { storeDirectory, useBrowserSuite } from './harness';

/** The test region's family office for Lünen (tests/fixtures/region). */
const BABY_GUIDES_LUENEN = 'afn-babylotsen';

const suite = useBrowserSuite(storeDirectory, 60_000);

interface Focused {
  tag: string;
  text: string;
  label: string;
  href: string;
  service: string;
  outlineStyle: string;
  outlineWidth: string;
}

/** The focused element, what it says, and whether the focus is drawn. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      label: el?.getAttribute('aria-label') ?? '',
      href: el?.getAttribute('href') ?? '',
      service: el?.closest('[data-service-id]')?.getAttribute('data-service-id') ?? '',
      outlineStyle: style?.outlineStyle ?? '',
      outlineWidth: style?.outlineWidth ?? '',
    };
  });
}

function expectVisibleFocus(f: Focused): void {
  const what = `${f.tag} "${f.label || f.text}"`;
  expect(f.outlineStyle, `focus outline of ${what}`).not.toBe('none');
  expect(f.outlineWidth, `focus outline width of ${what}`).not.toBe('0px');
}

/**
 * Presses Tab (or Shift+Tab) until the focused control matches, checking on the way that every
 * focused control shows its focus. Fails after `max` presses.
 */
async function tabTo(page: Page, matches: (f: Focused) => boolean, key = 'Tab', max = 120): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (f.tag !== 'body') expectVisibleFocus(f);
    if (matches(f)) return f;
  }
  throw new Error(`No control found with ${max} × ${key}`);
}

/** After a step the new screen's heading has the focus. */
async function expectHeadingFocused(page: Page, text: string): Promise<void> {
  await page.locator('main h1', { hasText: text }).waitFor();
  await page.waitForFunction(
    (text) => document.activeElement?.matches('main h1') === true && document.activeElement.textContent?.includes(text),
    text,
    { timeout: 5000 },
  );
}

const button = (text: string) => (f: Focused) => f.tag === 'button' && f.text === text;

describe('keyboard only', () => {
  it('Lünen, baby, a crying baby → the number of the family office responsible for Lünen', async () => {
    const [baby, crying] = [answerLabel('life-stage', 'baby'), answerLabel('topic', 'baby-care')];
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.locator('main h1').waitFor();

    // The skip link comes first and is visible when focused.
    const skip = await tabTo(page, () => true);
    expect(skip.href).toBe('#main');

    await tabTo(page, (f) => f.tag === 'a' && f.text.includes('Passende Hilfe finden'));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, questionText('municipality'));

    // Single choice: Space on the town moves on at once.
    await tabTo(page, button('Lünen'));
    await page.keyboard.press('Space');
    await expectHeadingFocused(page, questionText('life-stage'));

    // Several answers: Space marks one, Tab to "Weiter", one too far and back with Shift+Tab, Enter.
    await tabTo(page, (f) => f.tag === 'button' && f.text.startsWith(baby));
    await page.keyboard.press('Space');
    await page.locator('button[aria-pressed="true"]', { hasText: baby }).waitFor();
    await tabTo(page, button('Weiter'));
    await tabTo(page, button('Überspringen'));
    await tabTo(page, button('Weiter'), 'Shift+Tab', 1);
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, questionText('topic'));
    expect(new URL(page.url()).search).toBe(answersQuery({ town: 'luenen', lifeStages: ['baby'] }));

    await tabTo(page, (f) => f.tag === 'button' && f.text.startsWith(crying));
    await page.keyboard.press('Space');
    await page.locator('button[aria-pressed="true"]', { hasText: crying }).waitFor();
    await tabTo(page, button('Weiter'));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, 'Diese Stellen können Ihnen helfen');
    expect(new URL(page.url()).search).toBe(
      answersQuery({ town: 'luenen', lifeStages: ['baby'], topics: ['baby-care'] }),
    );

    const call = await tabTo(
      page,
      (f) => f.tag === 'a' && f.href.startsWith('tel:') && f.service === BABY_GUIDES_LUENEN,
    );
    expect(call.href).toBe(telOf(BABY_GUIDES_LUENEN));
    expect(call.label).toContain(nameOf(BABY_GUIDES_LUENEN));
    // The link is in the "Zuständig für Sie" group.
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-labelledby'))).toBe(
      'group-responsible',
    );
    await page.close();
  });

  it('Shift+Tab from a question heading goes back through the page, every control visibly focused', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.locator('main h1').waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text.includes('Passende Hilfe finden'));
    await page.keyboard.press('Enter');
    await expectHeadingFocused(page, questionText('municipality'));
    // Backwards to the skip link: header, language and emergency links all show their focus.
    await tabTo(page, (f) => f.href === '#main', 'Shift+Tab', 30);
    await page.close();
  });
});
