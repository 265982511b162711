/**
 * Searching and browsing by topic, offline after one online visit: a family in Bönen finds the
 * day-care placement by typing "kita platz", typos and umlauts do not matter, nothing found is no
 * dead end, filters live in the address, and /themen leads to a phone number. Accessible in German
 * and English, light and dark; nothing leaves the phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/directory/schema';
import { answerLabel, coversTown, nameOf, services, telOf } from '../fixtures/region';
import { goOffline, runAxe, useBrowserSuite, waitForAllResults, waitForOfflineReady } from './harness';

let page: Page;

/** The test region's day-care placement for Bönen, Fröndenberg and Holzwickede (tests/fixtures/region). */
const KITA_ID = 'kfa-kita-vermittlung';
const KITA = `article[data-service-id="${KITA_ID}"]`;
/** Offices that are responsible for a town (README: "the office's role"); emergency services are not. */
const RESPONSIBLE_ROLES: readonly Role[] = [
  'youth-office',
  'youth-office-emergency',
  'family-office',
  'jobcenter',
  'youth-employment-agency',
  'health-office',
];

async function openSearch(path: string): Promise<void> {
  await page.goto(`${suite.server.url}${path}`);
  await page.locator('main h1', { hasText: /Selbst suchen|Search yourself/ }).waitFor();
}

/** Result cards on the screen, by service id, in order. */
async function shownIds(): Promise<string[]> {
  await waitForAllResults(page);
  return page
    .locator('main article.result-card')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id') ?? ''));
}

async function countText(): Promise<string> {
  return (await page.locator('main p.result-count').textContent()) ?? '';
}

const suite = useBrowserSuite(async ({ browser }) => {
  page = await browser.newPage();
  // First visit online: the worker precaches the app, the directory is stored on the phone.
  await openSearch('/suche?q=kita&lang=de');
  await waitForOfflineReady(page);
  await page.locator('main article.result-card').first().waitFor({ timeout: 20_000 });
  await page.reload();
  await page.locator('main article.result-card').first().waitFor({ timeout: 20_000 });
  await goOffline(browser.context);
}, 60_000);

describe('search, offline', () => {
  it('a family in Bönen types "kita platz" and calls the day-care placement of the Kreis', async () => {
    await openSearch('/suche?lang=de');
    await page.locator('#suchfeld').fill('kita platz');
    await page.waitForURL(/\/suche\?q=kita\+platz$/); // results as you type, the address follows
    await page.locator('main summary').click();
    await page.locator('#filter-town').selectOption('boenen');
    await page.waitForURL(/\/suche\?q=kita\+platz&town=boenen$/);
    await page.locator(KITA).waitFor();
    expect((await shownIds()).slice(0, 3)).toContain(KITA_ID);
    expect(await countText()).toMatch(/^\d+ Treffer$/);

    const call = page.locator(`${KITA} a[href^="tel:"]`).first();
    expect(await call.getAttribute('href')).toBe(telOf(KITA_ID));
    await call.click();
    expect(page.url()).toContain('/suche?q=kita+platz&town=boenen'); // the phone app takes over; the list stays
    // Chromium answers the tel: hand-off with a protocol prompt that keeps the keyboard: go on in a fresh tab.
    await page.close();
    page = await suite.browser.newPage();
  });

  // The family point in Fröndenberg has the town in its name; the midwife search is "Hebammensuche".
  it.each([
    ['Froendenberg', 'kfa-familienpunkt-froendenberg'],
    ['Frondenberg', 'kfa-familienpunkt-froendenberg'],
    ['hebame', 'hnt-hebammensuche'],
  ])('"%s" finds %s among the first results', async (query, id) => {
    await openSearch(`/suche?q=${encodeURIComponent(query)}&lang=de`);
    await page.locator('main article.result-card').first().waitFor();
    expect((await shownIds()).slice(0, 5)).toContain(id);
  });

  it('without web workers (older browsers) the page searches by itself, offline, with its own search code', async () => {
    const own = await suite.browser.newPage();
    await own.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
    await own.goto(`${suite.server.url}/suche?q=hebame&lang=de`);
    await own.locator('main article.result-card').first().waitFor();
    await waitForAllResults(own);
    const ids = await own
      .locator('main article.result-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id') ?? ''));
    expect(ids.slice(0, 5)).toContain('hnt-hebammensuche');
    expect(own.workers()).toEqual([]);
    await own.close();
  });

  it('"beratung" finds counselling hidden inside German compounds', async () => {
    await openSearch('/suche?q=beratung&lang=de');
    await waitForAllResults(page);
    const titles = await page.locator('main article.result-card .card-title').allTextContents();
    expect(titles.filter((title) => /\p{L}beratung/u.test(title)).length).toBeGreaterThan(3);
  });

  it('a search that finds nothing offers the emergency numbers, the topics and "Angebot fehlt? Melden"', async () => {
    await openSearch('/suche?q=xylophonunterricht&town=selm&lang=de');
    await page.locator('main .nothing-found').waitFor();
    expect(await countText()).toBe('Keine Treffer');
    expect(await page.locator('main .nothing-found a[href="/notfall"]').isVisible()).toBe(true);
    expect(await page.locator('main .nothing-found a[href="/themen"]').isVisible()).toBe(true);
    const report = page.locator('main .nothing-found a[href^="mailto:"]');
    expect(await report.textContent()).toContain('Angebot fehlt? Melden');
    const href = decodeURIComponent((await report.getAttribute('href')) ?? '');
    expect(href).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
    expect(href).toContain('xylophonunterricht');
    expect(href).toContain('Selm');

    await page.locator('main .nothing-found a[href="/notfall"]').click();
    await page.locator('main a[href="tel:112"]').waitFor();
  });

  it('filters narrow the list and live in the address; back leaves the screen, not each letter', async () => {
    await page.goto(`${suite.server.url}/?lang=de`);
    await page.locator('main h1').waitFor();
    await openSearch('/suche');
    await page.locator('#suchfeld').pressSequentially('beratung', { delay: 30 });
    await page.waitForURL(/q=beratung$/);
    await page.locator('main article.result-card').first().waitFor();
    const all = (await shownIds()).length;

    await page.locator('main summary').click();
    await page.locator('#filter-free').check();
    await page.waitForURL(/q=beratung&free=1$/);
    const free = (await shownIds()).length;
    expect(free).toBeGreaterThan(0);
    expect(free).toBeLessThan(all);

    await page.locator('#filter-language').selectOption('ar');
    await page.waitForURL(/q=beratung&speaks=ar&free=1$/);
    const arabic = (await shownIds()).length;
    expect(arabic).toBeGreaterThan(0);
    expect(arabic).toBeLessThan(free);
    expect(await countText()).toBe(arabic === 1 ? '1 Treffer' : `${arabic} Treffer`);

    // The address alone restores the same list (a link someone can send).
    await page.reload();
    await page.locator('main article.result-card').first().waitFor();
    expect((await shownIds()).length).toBe(arabic);
    expect(await page.locator('#suchfeld').inputValue()).toBe('beratung');

    await page.locator('main summary').click();
    await page.locator('main button', { hasText: 'Filter zurücksetzen' }).click();
    await page.waitForURL(/\/suche\?q=beratung$/);
    expect((await shownIds()).length).toBe(all);

    await page.goBack();
    await page.waitForURL(/\/\?lang=de$/);
  });

  it('filters alone list everything that passes them, the responsible office first', async () => {
    // What the test region offers for day care in Bönen: the youth office responsible for Bönen and others.
    const fitting = services.filter(
      ({ service }) => coversTown(service, 'boenen') && service.topics.includes('childcare'),
    );
    const responsible = fitting
      .filter(({ service }) => service.role !== undefined && RESPONSIBLE_ROLES.includes(service.role))
      .map(({ service }) => service.id);
    expect(responsible.length).toBeGreaterThan(0);
    expect(fitting.length).toBeGreaterThan(responsible.length);

    await openSearch('/suche?town=boenen&topic=childcare&lang=de');
    await page.locator('main article.result-card').first().waitFor();
    const shown = await shownIds();
    expect([...shown].sort()).toEqual(fitting.map(({ service }) => service.id).sort());
    // The responsible office leads the list, under its own heading, before every other service.
    expect(shown.slice(0, responsible.length).sort()).toEqual([...responsible].sort());
    expect(await page.locator('main h2').first().textContent()).toBe('Zuständig für Sie');
    const firstGroup = page.locator('main section[aria-labelledby="group-responsible"]');
    expect(
      await firstGroup
        .locator('article.result-card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id'))),
    ).toEqual(shown.slice(0, responsible.length));
  });

  it('"Selbst suchen" from the topics puts the cursor into the search field', async () => {
    await page.goto(`${suite.server.url}/themen?lang=de`);
    await page.locator('main a[href="/suche#suchfeld"]').click();
    await page.locator('main h1', { hasText: 'Selbst suchen' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('suchfeld');
  });
});

describe('topics, offline', () => {
  it('/themen → Kita-Platz → Bönen → the day-care placement to call', async () => {
    await page.goto(`${suite.server.url}/themen?lang=de`);
    await page.locator('main h1', { hasText: 'Hilfe nach Themen' }).waitFor();
    expect(await page.locator('main a[href^="/themen/"]').count()).toBe(18);
    expect(await page.locator('main h2').count()).toBe(4);

    await page.locator('main a[href="/themen/childcare"]').click();
    await page.locator('main h1', { hasText: answerLabel('topic', 'childcare') }).waitFor(); // the guide's word
    await page.locator('#topic-town').selectOption('boenen');
    await page.waitForURL(/\/themen\/childcare\?town=boenen$/);
    await page.locator(KITA).waitFor();
    // The office responsible for Bönen comes first.
    expect(await page.locator('main h2').first().textContent()).toBe('Zuständig für Sie');
    const first = await page.locator('main article.result-card').first().getAttribute('data-service-id');
    const office = services.find(({ service }) => service.id === first)?.service;
    expect(office?.role, `${first} is not a responsible office`).toBe('youth-office');
    expect(office && coversTown(office, 'boenen')).toBe(true);
    expect(await page.locator(`${KITA} .card-title`).textContent()).toContain(nameOf(KITA_ID));
    const call = page.locator(`${KITA} a[href^="tel:"]`).first();
    expect(await call.getAttribute('href')).toBe(telOf(KITA_ID));
  });

  it('an unknown topic says so and leads back to all topics', async () => {
    await page.goto(`${suite.server.url}/themen/gibt-es-nicht?lang=de`);
    await page.locator('main h1', { hasText: 'Thema nicht gefunden' }).waitFor();
    expect(await page.locator('main a[href="/themen"]').count()).toBeGreaterThan(0);
  });
});

describe('accessibility', () => {
  it.each(['de', 'en'])('search and topic screens have no axe violations (%s, light and dark)', async (lang) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const [path, ready] of [
        ['/suche?q=beratung&town=unna', 'main article.result-card'],
        ['/suche?q=xylophonunterricht', 'main .nothing-found'],
        ['/themen', 'main a[href="/themen/childcare"]'],
        ['/themen/childcare?town=luenen', 'main article.result-card'],
      ] as const) {
        await page.goto(`${suite.server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.locator(ready).first().waitFor();
        if (path.startsWith('/suche')) await page.locator('main summary').click(); // check the filters too
        const violations = await runAxe(page);
        expect(violations, `${path} (${lang}, ${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('works at 320 px width without sideways scrolling, filters open', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const [path, ready] of [
      ['/suche?q=beratung&speaks=tr', 'main article.result-card'],
      ['/themen', 'main a[href="/themen/childcare"]'],
      ['/themen/childcare?town=boenen', 'main article.result-card'],
    ] as const) {
      await page.goto(`${suite.server.url}${path}${path.includes('?') ? '&' : '?'}lang=de`);
      await page.locator(ready).first().waitFor();
      if (path.startsWith('/suche')) await page.locator('main summary').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 390, height: 844 });
  });
});
