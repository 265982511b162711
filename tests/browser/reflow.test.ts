/**
 * Every screen, in every UI language, as phones show it: 320, 360 and 412 px wide, the same with
 * 200 % text, and a 1280 px window at 400 % zoom (320 × 200 CSS px, WCAG 1.4.10 Reflow). On each:
 * no sideways scrolling, no control or heading whose text overflows its box, no word broken inside a
 * button where there was room for it (measured in the page, see phone.ts).
 *
 * One browser and one page for all of it: the screens are opened the way the app's links open them
 * (no reload), the language is switched on the app's own language screen, and each view is one
 * resize and one measurement. The screens' addresses are found at run time by going through the
 * guide and taking the first card, so any region's directory works.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { UI_LANGUAGES } from '../../src/domain/languages';
import { storeDirectory, useBrowserSuite, waitForAllResults } from './harness';
import { expectReflows, measureReflow, openInApp, PHONE_VIEWS, textSizer, type PhoneView } from './phone';

const suite = useBrowserSuite(storeDirectory);

interface Screen {
  readonly name: string;
  readonly address: string;
  /** A CSS selector that is on the page once the screen shows its content. */
  readonly ready: string;
  /** Runs before the screen is opened (e.g. forget the chosen language for the first start). */
  readonly before?: (page: Page) => Promise<void>;
}

interface Guided {
  questions: string[];
  results: string;
  detail: string;
  searchWord: string;
  topic: string;
}

let page: Page;
let setText: (percent: number) => Promise<void>;
let guided: Guided;

/** Guide → first town → first life stage → the topic with a follow-up (the danger question) → "yes". */
async function walkTheGuide(): Promise<Guided> {
  const questions: string[] = [];
  const path = () => new URL(page.url()).pathname + new URL(page.url()).search;
  await page.goto(`${suite.server.url}/?lang=de`);
  await page.locator('main a[href="/fragen/1"]').tap();
  await page.locator('main .town-grid .option-button').first().waitFor();
  questions.push(path());
  await page.locator('main .town-grid .option-button').first().tap();
  await page.waitForURL(/\/fragen\/2/);
  questions.push(path());
  await page.locator('main .option-button').first().tap();
  await page.locator('main .guide-nav .button').first().tap();
  await page.waitForURL(/\/fragen\/3/);
  questions.push(path());
  // The topic that leads to a follow-up question, as the served guide says.
  const followUpLabel = await page.evaluate(async () => {
    const data = (await (await fetch('/data/directory.json')).json()) as {
      guide: { questions: { kind: string; options?: { followUp?: string; label: Record<string, string> }[] }[] };
    };
    const topic = data.guide.questions.find((q) => q.kind === 'topic');
    return topic?.options?.find((o) => o.followUp)?.label.de;
  });
  const topicButton = followUpLabel
    ? page.locator('main .option-button', { hasText: followUpLabel })
    : page.locator('main .option-button');
  await topicButton.first().tap();
  await page.locator('main .guide-nav .button').first().tap();
  await page.waitForURL(/\/(fragen\/4|ergebnisse)/);
  if (page.url().includes('/fragen/4')) {
    questions.push(path());
    await page.locator('main .option-urgent').first().tap();
    await page.waitForURL(/\/ergebnisse/);
  }
  await waitForAllResults(page);
  const results = path();
  const detail = (await page.locator('main .result-card .card-title a').first().getAttribute('href')) ?? '';
  const title = (await page.locator('main .result-card .card-title').first().textContent()) ?? '';
  const searchWord = title.match(/\p{L}{4,}/u)?.[0] ?? title.trim().split(/\s+/)[0] ?? '';
  // Saved once, so the saved list shows a contact.
  const save = page.locator('main .result-card .card-actions button.action-button[aria-pressed]').first();
  await save.tap();
  await page.locator('main .result-card .card-actions button.action-button[aria-pressed="true"]').first().waitFor();
  await page.goto(`${suite.server.url}/themen`);
  const topic = (await page.locator('main a[href^="/themen/"]').first().getAttribute('href')) ?? '';
  return { questions, results, detail, searchWord, topic };
}

/** The screens, ordered so that two screens in a row never share one component (see openInApp). */
function screens(): Screen[] {
  const g = guided;
  const list: Screen[] = [
    { name: 'results', address: g.results, ready: 'main .result-card a.card-call' },
    {
      name: 'first start',
      address: '/',
      ready: '[data-testid="first-start"]',
      before: (p) => p.evaluate(() => localStorage.removeItem('bff.language')),
    },
  ];
  const others: Screen[] = [
    { name: 'detail', address: g.detail, ready: 'main a[href^="tel:"]' },
    { name: 'search', address: `/suche?q=${encodeURIComponent(g.searchWord)}`, ready: 'main .result-card' },
    { name: 'topics', address: '/themen', ready: 'main a[href^="/themen/"]' },
    { name: 'topic page', address: g.topic, ready: 'main .result-card' },
    { name: 'emergency', address: '/notfall', ready: 'main a[href="tel:112"]' },
    { name: 'saved list', address: '/merkliste', ready: 'main [data-testid="saved-contact"]' },
    { name: 'settings', address: '/einstellungen', ready: 'main button' },
    { name: 'timeline', address: '/zeitleiste', ready: 'main #child-date' },
    { name: 'imprint', address: '/impressum', ready: 'main h2' },
    { name: 'privacy', address: '/datenschutz', ready: 'main h2' },
    { name: 'accessibility', address: '/barrierefreiheit', ready: 'main h2' },
  ];
  // Questions interleaved with other screens.
  g.questions.forEach((address, i) => {
    list.push({ name: `question ${i + 1}`, address, ready: 'main .option-button' });
    const other = others.shift();
    if (other) list.push(other);
  });
  return [...list, ...others];
}

/** The home-visit screens: started on /besuch, a contact picked from its detail page, passed on, ended. */
const VISIT_SCREENS = (g: Guided): Screen[] => [
  { name: 'visit: results with the bar', address: g.results, ready: 'main .result-card a.card-call' },
  { name: 'visit: detail with the bar', address: g.detail, ready: 'header .visit-pick' },
  { name: 'visit: share', address: '/weitergeben', ready: 'main svg' },
  { name: 'visit: handout', address: '/weitergeben/drucken', ready: 'main .handout' },
];

/**
 * German (the longest words), Arabic (right to left) and Ukrainian (the longest labels) in every
 * view; the other languages in one view of each kind of layout the app has (a phone, large text on
 * the smallest phone, zoom), which keeps the whole matrix near a minute and a half.
 */
const EVERY_VIEW = new Set(['de', 'ar', 'uk']);
const SOME_VIEWS = PHONE_VIEWS.filter(
  (view) => ['360 px', '320 px, 200 % text'].includes(view.name) || view.height < 300,
);
let views: readonly PhoneView[] = PHONE_VIEWS;
let ascending = true;

async function measureEveryView(where: string): Promise<void> {
  // The text size changes once per screen: views in ascending, then descending text size.
  const ordered = [...views].sort((a, b) => (ascending ? a.text - b.text : b.text - a.text));
  ascending = !ascending;
  for (const view of ordered) {
    await setText(view.text);
    await page.setViewportSize({ width: view.width, height: view.height });
    expectReflows(`${where}, ${view.name}`, view.width, await measureReflow(page, view.width));
  }
}

/** A failed language leaves no visit, text size or width behind for the next one. */
async function startAfresh(): Promise<void> {
  await setText(100);
  await page.setViewportSize({ width: 360, height: 740 });
  if ((await page.locator('header .visit-end').count()) > 0) {
    await page.locator('header .visit-end').tap();
    await page.locator('header .visit-bar').waitFor({ state: 'detached' });
  }
}

/** The language screen, then the start screen it leads to in the chosen language. */
async function chooseLanguage(code: string): Promise<void> {
  await openInApp(page, '/sprache', 'main .language-list');
  await measureEveryView(`language screen (before choosing ${code})`);
  await page.locator(`main .language-button[lang="${code}"]`).tap();
  await page.waitForFunction((lang) => document.documentElement.lang === lang && location.pathname === '/', code);
  await page.locator('main a[href="/fragen/1"]').waitFor();
  await measureEveryView(`${code} start`);
}

beforeAll(async () => {
  page = await suite.browser.newPage();
  setText = await textSizer(page);
  guided = await walkTheGuide();
  await page.goto(`${suite.server.url}/?lang=de`);
  await page.locator('main h1').waitFor();
}, 60_000);

describe('every screen reflows on phones, with large text and zoom', () => {
  for (const language of UI_LANGUAGES) {
    it(`in ${language.code}`, async () => {
      views = EVERY_VIEW.has(language.code) ? PHONE_VIEWS : SOME_VIEWS;
      await startAfresh();
      await chooseLanguage(language.code);
      for (const screen of screens()) {
        await screen.before?.(page);
        await openInApp(page, screen.address, screen.ready);
        await measureEveryView(`${language.code} ${screen.name} (${screen.address})`);
      }
      // Home-visit mode: the bar with its eleven languages over every screen.
      await openInApp(page, '/besuch', 'main button.button');
      await page.locator('main button.button').first().tap();
      await page.locator('header .visit-bar').waitFor();
      await measureEveryView(`${language.code} visit: start`);
      for (const screen of VISIT_SCREENS(guided)) {
        await openInApp(page, screen.address, screen.ready);
        if (
          screen.name.includes('detail') &&
          (await page.locator('header .visit-pick[aria-pressed="false"]').count()) > 0
        ) {
          await page.locator('header .visit-pick').tap();
        }
        await measureEveryView(`${language.code} ${screen.name} (${screen.address})`);
      }
      await startAfresh();
    }, 60_000);
  }
});
