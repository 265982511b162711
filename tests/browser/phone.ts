/**
 * Measuring the app as a phone shows it (see the harness: isMobile, hasTouch, 360×740 at scale 2).
 *
 * With isMobile the layout viewport grows to fit wide content, so a page that is too wide does not
 * scroll: it shows everything smaller. Sideways overflow is therefore measured as the document's
 * scroll width against the configured width, never against innerWidth.
 */
import type { CDPSession, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitForAllResults } from './harness';

/** A phone profile for one measurement: CSS px width and height, and the text size in per cent. */
export interface PhoneView {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  /** 100 = the browser's default 16 px; 200 = large text as set in Android's settings. */
  readonly text: number;
}

/** 320, 360 and 412 px phones; the same with 200 % text; a 1280 × 800 window at 400 % zoom (320 × 200 CSS px). */
export const PHONE_VIEWS: readonly PhoneView[] = [
  { name: '320 px', width: 320, height: 568, text: 100 },
  { name: '360 px', width: 360, height: 740, text: 100 },
  { name: '412 px', width: 412, height: 915, text: 100 },
  { name: '320 px, 200 % text', width: 320, height: 568, text: 200 },
  { name: '360 px, 200 % text', width: 360, height: 740, text: 200 },
  { name: '412 px, 200 % text', width: 412, height: 915, text: 200 },
  { name: '400 % zoom of 1280 × 800', width: 320, height: 200, text: 100 },
];

/**
 * The default font size as a user sets it (Chrome's font-size setting, which also drives `em` media
 * queries), through the DevTools protocol. Returns a function that applies a text size in per cent.
 */
export async function textSizer(page: Page): Promise<(percent: number) => Promise<void>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let current = 100;
  return async (percent) => {
    if (percent === current) return;
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 } });
    current = percent;
  };
}

/** What the page does wrong at this width: empty when nothing scrolls sideways, overflows or breaks. */
export interface ReflowProblems {
  readonly scrollWidth: number;
  /** Controls and headings whose text does not fit their box, or that reach past the screen's edge. */
  readonly overflowing: string[];
  /** Words broken inside a control although the control had room for the whole word on a line. */
  readonly brokenWords: string[];
}

/**
 * Measures in the page, in one evaluation: the document's scroll width; every visible button, link,
 * heading, label and summary whose content is wider than its box (scrollWidth > clientWidth) or that
 * sticks out of the screen (outside a sideways-scrolling row); every word (letters and digits) inside
 * a control that is split over two lines where the control's line had room for it.
 */
export async function measureReflow(page: Page, width: number): Promise<ReflowProblems> {
  return page.evaluate((viewportWidth) => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
    const scrollsSideways = (el: Element) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX === 'auto' || overflowX === 'scroll') return true;
      }
      return false;
    };
    const overflowing: string[] = [];
    const brokenWords: string[] = [];
    const selector = 'button, a, h1, h2, h3, label, summary';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const box = el.getBoundingClientRect();
      // Hidden, or visually hidden for screen readers only.
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(el).visibility === 'hidden') continue;
      const style = getComputedStyle(el);
      if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1) {
        overflowing.push(`${describe(el)}: text ${el.scrollWidth} px in a ${el.clientWidth} px box`);
      }
      if ((box.right > viewportWidth + 1 || box.left < -1) && !scrollsSideways(el)) {
        overflowing.push(
          `${describe(el)}: ${Math.round(box.left)}–${Math.round(box.right)} px on a ${viewportWidth} px screen`,
        );
      }
    }
    const controls =
      'button, .button, .header-button, .action-button, .call-button, .card-link, .option-button, .language-button, .visit-language, .visit-action, .quick-exit-button, summary';
    for (const control of document.querySelectorAll<HTMLElement>(controls)) {
      if (control.getBoundingClientRect().width <= 1) continue;
      const walker = document.createTreeWalker(control, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const match of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          if (new Set(rects.map((r) => Math.round(r.top))).size < 2) continue;
          // The line's room: the content box of the nearest block around the text.
          let block: HTMLElement | null = node.parentElement;
          while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
          if (!block) continue;
          const blockStyle = getComputedStyle(block);
          const room = block.clientWidth - parseFloat(blockStyle.paddingLeft) - parseFloat(blockStyle.paddingRight);
          const wordWidth = rects.reduce((sum, r) => sum + r.width, 0);
          if (wordWidth <= room - 4) brokenWords.push(`"${match[0]}" in ${describe(control)}`);
        }
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, overflowing, brokenWords };
  }, width);
}

/** Fails with every problem found, named by screen and view. */
export function expectReflows(where: string, width: number, problems: ReflowProblems): void {
  const found = [
    ...(problems.scrollWidth > width ? [`the page is ${problems.scrollWidth} px wide on a ${width} px screen`] : []),
    ...problems.overflowing,
    ...problems.brokenWords.map((word) => `word broken: ${word}`),
  ];
  expect(found, where).toEqual([]);
}

/**
 * Moves to another address inside the app the way its own links do (history and the router), without
 * loading the page again, and waits until the new screen is there: its heading is a new one and
 * `ready` (a CSS selector) is on the page.
 */
export async function openInApp(page: Page, address: string, ready: string): Promise<void> {
  await page.evaluate((url) => {
    document.querySelector('main h1')?.setAttribute('data-left', '');
    history.pushState(null, '', url);
    dispatchEvent(new PopStateEvent('popstate'));
  }, address);
  await page.locator('main h1:not([data-left])').first().waitFor();
  await page.locator(ready).first().waitFor();
  await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
}

/** The top and bottom of an element in CSS px from the top of the screen, after the page was scrolled to its top. */
export async function positionOnFirstScreen(page: Page, target: Locator): Promise<{ top: number; bottom: number }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await target.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  });
  return box;
}

/**
 * From the start screen through the guide: the first town, every other question skipped, so the
 * results hold every contact for that town; waits until all cards are built.
 */
export async function guideToEveryContactOfFirstTown(page: Page): Promise<void> {
  await page.locator('main a[href="/fragen/1"]').tap();
  await page.locator('main .town-grid .option-button').first().tap();
  await page.waitForURL(/\/fragen\/2/);
  while (!page.url().includes('/ergebnisse')) {
    const before = page.url();
    await page.locator('main .guide-nav button.button-secondary').first().tap();
    await expect.poll(() => page.url()).not.toBe(before);
  }
  await waitForAllResults(page);
}

/**
 * Where `cover` (a bar floating over the page) lies over `target`, in words; empty when never.
 * Measured with `target` scrolled into view as the browser does it for focus and links (to the
 * bottom edge of the screen, to the top, to the middle) and with the page scrolled to its end, by
 * comparing their boxes and by asking which element is at the centre of `target`. Then scrolls back.
 */
export async function placesCovered(target: Locator, cover: Locator): Promise<string[]> {
  const coverElement = await cover.elementHandle();
  if (!coverElement) throw new Error('The covering element is not on the page');
  return target.evaluate((el, other) => {
    const found: string[] = [];
    const scrolled = window.scrollY;
    const box = (rect: DOMRect) =>
      `${Math.round(rect.left)},${Math.round(rect.top)}–${Math.round(rect.right)},${Math.round(rect.bottom)}`;
    const check = (where: string) => {
      const a = el.getBoundingClientRect();
      const b = other.getBoundingClientRect();
      if (a.bottom <= 0 || a.top >= innerHeight) return; // not on the screen: nothing to cover
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) {
        found.push(`${where}: ${box(a)} and ${box(b)} overlap`);
      }
      const hit = document.elementFromPoint(a.left + a.width / 2, a.top + a.height / 2);
      if (hit && other.contains(hit)) found.push(`${where}: the centre is under the cover`);
    };
    for (const block of ['end', 'start', 'center'] as const) {
      el.scrollIntoView({ block });
      check(`scrolled into view (${block})`);
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
    check('the page scrolled to its end');
    window.scrollTo(0, scrolled);
    return found;
  }, coverElement);
}

/** Whether `bar` lies below everything else on the page once the page is scrolled to its end. */
export async function lastOnPage(page: Page, bar: Locator): Promise<string[]> {
  const barElement = await bar.elementHandle();
  if (!barElement) throw new Error('The bar is not on the page');
  return page.evaluate((el) => {
    const scrolled = window.scrollY;
    window.scrollTo(0, document.documentElement.scrollHeight);
    const top = el.getBoundingClientRect().top;
    const below: string[] = [];
    for (const other of document.querySelectorAll('header, main, footer')) {
      const bottom = other.getBoundingClientRect().bottom;
      if (bottom > top + 1)
        below.push(
          `${other.tagName.toLowerCase()} ends at ${Math.round(bottom)}, the bar starts at ${Math.round(top)}`,
        );
    }
    window.scrollTo(0, scrolled);
    return below;
  }, barElement);
}

/**
 * Starts recording the page's layout shifts (what Cumulative Layout Shift adds up); the returned
 * function waits two frames and returns every shift since, with the elements that moved.
 */
export async function recordLayoutShifts(page: Page): Promise<() => Promise<string[]>> {
  const key = `shifts${Math.random().toString(36).slice(2)}`;
  await page.evaluate((name) => {
    interface Shift extends PerformanceEntry {
      value: number;
      sources?: { node?: Node | null }[];
    }
    const found: string[] = [];
    const note = (entries: PerformanceEntryList) => {
      for (const entry of entries as Shift[]) {
        const nodes = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element ? `${node.tagName.toLowerCase()}.${node.className}` : String(node?.nodeName),
        );
        found.push(`${entry.value.toFixed(4)}: ${nodes.join(', ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => note(list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    (window as unknown as Record<string, () => string[]>)[name] = () => {
      note(observer.takeRecords());
      return found;
    };
  }, key);
  return () =>
    page.evaluate(
      (name) =>
        new Promise<string[]>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve([...(window as unknown as Record<string, () => string[]>)[name]!()])),
          ),
        ),
      key,
    );
}
