/**
 * The child's timeline as a parent uses it, offline on a phone: enter a date of birth, see what comes
 * next on the start screen, open the contact, take the calendar file, delete the child, and nothing
 * of it is left on the phone or ever leaves it. A home visit shows a timeline without keeping it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../src/tools/directory/timeline-source';
import { nameOf, REGION_DIR } from '../fixtures/region';
import { goOffline, runAxe, storeDirectory, useBrowserSuite, waitForOfflineReady } from './harness';
import { fakeSpeech, spokenLog } from './fake-speech';
import { expectReflows, measureReflow, textSizer } from './phone';

const suite = useBrowserSuite(storeDirectory);

/** The test region's timeline and its family office for Lünen (tests/fixtures/region). */
const timeline = readTimeline(await readFile(join(REGION_DIR, 'timeline.yaml'), 'utf8')).timeline!;
const title = (id: string, lang = 'de') =>
  (timeline.items.find((item) => item.id === id)!.title as Record<string, string>)[lang]!;
const FAMILY_OFFICE = 'afn-babylotsen';
const NICKNAME = 'Tamsin';

/** Today in Germany minus `days`, as the date field wants it (YYYY-MM-DD). */
function berlinDaysAgo(days: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const [y, m, d] = parts.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d! - days));
  return date.toISOString().slice(0, 10);
}

/** Everything the app keeps in this tab's storage: IndexedDB's children, local and session storage. */
async function storedTraces(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('bruecken-fuer-familien');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const children = db.objectStoreNames.contains('children')
      ? await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction('children').objectStore('children').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        })
      : [];
    db.close();
    const dump = (storage: Storage) => JSON.stringify(Object.entries({ ...storage }));
    return { children, local: dump(localStorage), session: dump(sessionStorage) };
  });
}

async function enterChild(page: Page, date: string, { town }: { town?: string } = {}) {
  await page.locator('#child-date').fill(date);
  await page.locator('#child-nickname').fill(NICKNAME);
  if (town) await page.locator('#child-town').selectOption(town);
  await page.locator('main form button[type="submit"]').tap();
  await page.locator('[data-testid="child-timeline"]').waitFor();
}

describe('the child timeline', () => {
  it('offline: birth date → what is next → contact → calendar file → delete; nothing kept, nothing sent', async () => {
    const page = await suite.browser.newPage();
    const requests: Request[] = [];
    page.on('request', (request) => requests.push(request));
    await page.goto(`${suite.server.url}/?lang=de`);
    await waitForOfflineReady(page);
    await goOffline(suite.browser.context);
    await page.reload();

    // The start screen's card loads after the first paint and leads to the timeline.
    await page.locator('[data-testid="timeline-link"]').tap();
    await page.locator('#child-date').waitFor();
    const born = berlinDaysAgo(2); // the 3rd day of life: the first-week errand and the early check-up are open
    await enterChild(page, born, { town: 'luenen' });

    const entries = page.locator('[data-testid="timeline-entry"]');
    await expect.poll(() => entries.count()).toBeGreaterThan(2);
    const errand = entries.filter({ hasText: title('probe-amt-meldung') });
    expect(await errand.getAttribute('data-status')).toBe('now');
    expect(await errand.locator('[data-testid="timeline-contact"] a').first().textContent()).toBe(
      nameOf(FAMILY_OFFICE),
    );
    expect(await runAxe(page)).toEqual([]);

    // "Was steht an?" on the start screen: the open item that closes first, one tap to it.
    await page.goto(`${suite.server.url}/`);
    const next = page.locator('[data-testid="whats-next"] a.card-link');
    await next.waitFor();
    expect(await next.textContent()).toContain(`${NICKNAME}: ${title('probe-amt-meldung')}`);
    await next.tap();
    await page.locator('[data-testid="child-timeline"]').waitFor();

    // The contact for the family's town opens as a contact.
    await errand.locator('[data-testid="timeline-contact"] a').first().tap();
    await page.locator('main h1', { hasText: nameOf(FAMILY_OFFICE) }).waitFor();
    await page.goBack();
    await page.locator('[data-testid="child-timeline"]').waitFor();

    // The whole timeline as a calendar file, made on the phone, read back by another parser.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Alles in den Kalender (.ics)' }).tap(),
    ]);
    expect(download.suggestedFilename()).toBe('zeitleiste.ics');
    const ics = await readFile((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    expect(events.length).toBe(await entries.count());
    const errandEvent = events.find((e) => e.summary === `${title('probe-amt-meldung')} – ${NICKNAME}`)!;
    expect(errandEvent.startDate.toString()).toBe(born);
    expect(errandEvent.startDate.isDate).toBe(true);
    await page.locator('[data-testid="export-message"]', { hasText: 'heruntergeladen' }).waitFor();

    // Listed under "Meine Daten", deleted one by one.
    await page.goto(`${suite.server.url}/einstellungen`);
    await page.locator('[data-testid="children-data"]', { hasText: NICKNAME }).waitFor();
    await page.getByRole('button', { name: `${NICKNAME} löschen` }).tap();
    await page.locator('main', { hasText: 'Es ist kein Kind gespeichert.' }).waitFor();

    const traces = await storedTraces(page);
    expect(traces.children).toEqual([]);
    for (const stored of [traces.local, traces.session]) {
      expect(stored).not.toContain(born);
      expect(stored).not.toContain(NICKNAME);
    }
    // No request carried the date or the name: not in an address, not in a body.
    const carried = requests.filter((r) => `${r.url()} ${r.postData() ?? ''}`.match(new RegExp(`${born}|${NICKNAME}`)));
    expect(carried.map((r) => r.url())).toEqual([]);
    await suite.browser.context.setOffline(false);
    await page.close();
  });

  it('"Meine Daten löschen" removes the children too and says so', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/zeitleiste?lang=de`);
    await page.locator('#child-date').waitFor();
    await enterChild(page, berlinDaysAgo(40));
    await page.goto(`${suite.server.url}/einstellungen`);
    await page.getByRole('button', { name: 'Meine Daten löschen' }).tap();
    await page.locator('.confirm-box button.button').first().tap();
    await page.locator('[data-testid="clear-message"]', { hasText: 'Kinder in der Zeitleiste: 1' }).waitFor();
    expect((await storedTraces(page)).children).toEqual([]);
    await page.close();
  });

  it('reads an item aloud where the phone has a voice: its title, its dates and its text', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, [{ lang: 'de-DE', localService: true }]);
    await page.goto(`${suite.server.url}/zeitleiste?lang=de`);
    await page.locator('#child-date').waitFor();
    await enterChild(page, berlinDaysAgo(100));
    const item = timeline.items.find((i) => i.id === 'probe-besuch-spaet')!;
    await page.getByRole('button', { name: `Vorlesen: ${title(item.id)}` }).tap();
    const spoken = (await spokenLog(page)).spoken.map((u) => u.text).join(' ');
    expect(spoken).toContain(title(item.id));
    expect(spoken).toContain((item.text as Record<string, string>).de);
    expect(spoken).toMatch(/\d{4}/);
    await page.getByRole('button', { name: `${NICKNAME} löschen` }).tap();
    await page.locator('#child-date').waitFor();
    await page.close();
  });

  it('in a home visit a typed date is shown but never stored', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/besuch?lang=de`);
    await page.getByRole('button', { name: 'Hausbesuch beginnen' }).tap();
    await page.goto(`${suite.server.url}/zeitleiste`);
    await page.locator('main', { hasText: 'Besuchsmodus: Es wird nichts gespeichert.' }).waitFor();
    const born = berlinDaysAgo(100);
    await enterChild(page, born);
    expect(await page.locator('[data-testid="timeline-entry"]').count()).toBeGreaterThan(0);
    const traces = await storedTraces(page);
    expect(traces.children).toEqual([]);
    expect(traces.session).not.toContain(born);
    expect(traces.local).not.toContain(born);
    await page.reload();
    await page.locator('#child-date').waitFor();
    expect(await page.locator('[data-testid="child-timeline"]').count()).toBe(0);
    await page.close();
  });

  it('a timeline in Arabic reads right to left, and fits 320 px with 200 % text', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 568 });
    await page.goto(`${suite.server.url}/zeitleiste?lang=ar`);
    await page.locator('#child-date').waitFor();
    await enterChild(page, berlinDaysAgo(200), { town: 'luenen' });
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('[data-testid="timeline-entry"] h3').first().textContent()).toContain(
      title('probe-besuch-spaet', 'ar'),
    );
    const setText = await textSizer(page);
    await setText(200);
    expectReflows('timeline, 320 px, 200 % text, Arabic', 320, await measureReflow(page, 320));
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});
