/**
 * Right-to-left checked in the rendered page, not only in attributes: with ?lang=ar the header and
 * the text start at the right edge, direction icons are mirrored, phone numbers keep their digit
 * order, nothing scrolls sideways at 320 px, and axe finds nothing. Screenshots of both directions
 * are kept in tests/artifacts/screenshots/ (git-ignored) for a human look.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runAxe, useBrowserSuite } from './harness';

const suite = useBrowserSuite();

const SCREENS = ['/', '/notfall', '/sprache', '/merkliste', '/einstellungen', '/gibt-es-nicht'];
const LEGAL = ['/impressum', '/datenschutz', '/barrierefreiheit'];
const SHOTS = join(REPO_ROOT, 'tests/artifacts/screenshots');

async function open(page: Page, path: string, lang: string): Promise<void> {
  await page.goto(`${suite.server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
  await page.locator('main h1').waitFor();
}

/** Where the first line of an element's text starts and ends on screen (not the box: the glyphs). */
async function textEdges(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const first = range.getClientRects()[0]!;
      const box = el.getBoundingClientRect();
      return { textLeft: first.left, textRight: first.right, boxLeft: box.left, boxRight: box.right };
    });
}

/**
 * Walks the header's visible items (and the buttons inside its groups) in document order and counts
 * neighbours on the same row: `against` counts pairs that run against the page's direction.
 */
async function headerFlow(page: Page) {
  return page.evaluate(() => {
    const rtl = document.documentElement.dir === 'rtl';
    const items = [...document.querySelectorAll('header.app-header > :not(.skip-link)')]
      .flatMap((el) => (el.classList.contains('header-actions') ? [...el.children] : [el]))
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    let pairs = 0;
    let against = 0;
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1]!;
      const next = items[i]!;
      const sameRow = next.top < prev.bottom && prev.top < next.bottom;
      if (!sameRow) continue;
      pairs += 1;
      if (rtl ? next.right > prev.left + 1 : next.left < prev.right - 1) against += 1;
    }
    return { pairs, against };
  });
}

describe('right to left (Arabic)', () => {
  it('sets dir="rtl" and starts the header and the text at the right edge', async () => {
    const page = await suite.browser.newPage();
    await open(page, '/', 'ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');

    const header = (await page.locator('header.app-header').boundingBox())!;
    const brand = (await page.locator('header .brand').boundingBox())!;
    // The app name sits at the right edge; on each row the header's items run from right to left.
    expect(header.x + header.width - (brand.x + brand.width)).toBeLessThan(24);
    expect(await headerFlow(page)).toEqual({ pairs: expect.any(Number), against: 0 });
    expect((await headerFlow(page)).pairs).toBeGreaterThan(0);

    // The heading's text hugs the right edge of its box and leaves the left free.
    const h1 = await textEdges(page, 'main h1');
    expect(Math.abs(h1.boxRight - h1.textRight)).toBeLessThan(2);
    const lead = await textEdges(page, 'main p.lead');
    expect(Math.abs(lead.boxRight - lead.textRight)).toBeLessThan(2);
    expect(lead.textLeft - lead.boxLeft).toBeGreaterThanOrEqual(0);

    // The same page in German starts at the left.
    await open(page, '/', 'de');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    const h1de = await textEdges(page, 'main h1');
    expect(Math.abs(h1de.textLeft - h1de.boxLeft)).toBeLessThan(2);
    const brandDe = (await page.locator('header .brand').boundingBox())!;
    expect(brandDe.x).toBeLessThan(24);
    expect((await headerFlow(page)).against).toBe(0);
    await page.close();
  });

  it('mirrors direction icons in Arabic and leaves them alone in German', async () => {
    const page = await suite.browser.newPage();
    const transformOfBack = async () =>
      page
        .locator('main .icon-directional')
        .first()
        .evaluate((el) => getComputedStyle(el).transform);
    await open(page, '/fragen/2', 'ar');
    await page.locator('main .icon-directional').first().waitFor();
    expect(await transformOfBack()).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    await open(page, '/fragen/2', 'de');
    await page.locator('main .icon-directional').first().waitFor();
    expect(await transformOfBack()).toBe('none');
    await page.close();
  });

  it('keeps phone numbers left to right inside Arabic text', async () => {
    const page = await suite.browser.newPage();
    await open(page, '/notfall', 'ar');
    const number = page.locator('a[href="tel:+498001110550"] .phone-number');
    expect((await number.textContent())?.trim()).toBe('0800 111 0 550');
    const rendered = await number.evaluate((el) => {
      // The number's text nodes (its groups of digits may sit in spans of their own).
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (node.textContent!.trim()) texts.push(node as Text);
      const glyph = (text: Text, i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      };
      const last = texts[texts.length - 1]!;
      return {
        direction: getComputedStyle(el).direction,
        first: glyph(texts[0]!, 0),
        last: glyph(last, last.textContent!.length - 1),
      };
    });
    expect(rendered.direction).toBe('ltr');
    // "0800" is drawn left of "550": the digits read in their own order, not mirrored.
    expect(rendered.first).toBeLessThan(rendered.last);
    await page.close();
  });

  it('keeps the German placeholders of the legal pages left to right, brackets in place', async () => {
    const page = await suite.browser.newPage();
    await open(page, '/impressum', 'ar');
    const values = page.locator('main mark.placeholder [lang="de"]');
    expect(await values.count()).toBeGreaterThan(0);
    for (const value of await values.all()) {
      expect(await value.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    }
    // "[Name der Behörde]": the opening bracket is drawn left of the closing one.
    const brackets = await values.first().evaluate((el) => {
      const text = el.firstChild!;
      const at = (i: number) => {
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        return range.getBoundingClientRect().left;
      };
      return { open: at(0), close: at(text.textContent!.length - 1) };
    });
    expect(brackets.open).toBeLessThan(brackets.close);
    await page.close();
  });

  it('works at 320 px width in Arabic without sideways scrolling', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [...SCREENS, ...LEGAL]) {
      await open(page, path, 'ar');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });

  it('has no accessibility violations in Arabic (light and dark)', async () => {
    const page = await suite.browser.newPage();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [...SCREENS, ...LEGAL]) {
        await open(page, path, 'ar');
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        const violations = await runAxe(page);
        expect(violations, `${path} (ar, ${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
    }
    await page.close();
  });

  it('keeps screenshots of home, emergency and the language screen in both directions', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await suite.browser.newPage();
    for (const lang of ['de', 'ar']) {
      for (const [name, path] of [
        ['start', '/'],
        ['notfall', '/notfall'],
        ['sprache', '/sprache'],
      ] as const) {
        await open(page, path, lang);
        await page.evaluate(() => document.fonts.ready);
        const file = join(SHOTS, `rtl-${name}-${lang}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(statSync(file).size, file).toBeGreaterThan(10_000);
      }
    }
    await page.close();
  });
});
