/**
 * The guide as parents use it: a few taps from the start screen to the right office's phone number,
 * offline after one online visit. Also: answers survive back/forward, a results link opened fresh shows
 * the same list, and axe finds nothing on a question, the results and a detail screen (de and en).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { goOffline, launchBrowser, runAxe, useBrowserSuite, waitForOfflineReady } from './harness';

const suite = useBrowserSuite(async ({ server, browser }) => {
  // First visit online: the app is precached and the directory stored on the phone; then no network.
  const page = await browser.newPage();
  await page.goto(`${server.url}/?lang=de`);
  await waitForOfflineReady(page);
  await page.goto(`${server.url}/ergebnisse?town=unna`);
  await page.locator('.result-card').first().waitFor({ timeout: 20_000 });
  await goOffline(browser.context);
  await page.reload();
  await page.locator('.result-card').first().waitFor();
  await page.close();
}, 60_000);

async function heading(page: Page, text: string): Promise<void> {
  await page.locator('main h1', { hasText: text }).waitFor();
}

async function tap(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

/** Start screen → "Passende Hilfe finden" → the town question. */
async function startGuide(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/?lang=de`);
  await page.getByRole('link', { name: /Passende Hilfe finden/ }).click();
  await heading(page, 'Wo wohnen Sie?');
}

/** The call link of one service's card inside a result group. */
function callIn(page: Page, group: string, serviceId: string) {
  return page.locator(`section[aria-labelledby="group-${group}"] [data-service-id="${serviceId}"] a.card-call`);
}

async function firstCardIn(page: Page, group: string): Promise<string | null> {
  return page.locator(`section[aria-labelledby="group-${group}"] .result-card`).first().getAttribute('data-service-id');
}

describe('guide journeys (offline)', () => {
  it('pregnant in Holzwickede: the Familienbüro responsible for Holzwickede and pregnancy counselling', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    expect(await page.locator('#guide-progress').textContent()).toBe('Frage 1 von 3');
    await tap(page, 'Holzwickede');
    await heading(page, 'Um wen geht es?');
    await tap(page, 'Schwangerschaft: Wir erwarten ein Baby');
    await tap(page, 'Weiter');
    await heading(page, 'Worum geht es?');
    // Only topics that fit pregnancy are offered (no school, no day care).
    expect(await page.getByRole('button', { name: 'Schule und Lernen' }).count()).toBe(0);
    await tap(page, 'Schwangerschaft und Geburt');
    await tap(page, 'Weiter');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    expect(new URL(page.url()).search).toBe('?town=holzwickede&who=pregnancy&topic=pregnancy-birth');
    expect(await page.locator('main h2').first().textContent()).toBe('Zuständig für Sie');
    const call = callIn(page, 'responsible', 'kreisjugendamt-familienbuero-holzwickede');
    expect(await call.getAttribute('href')).toBe('tel:+4923019182240');
    expect(await page.locator('[data-service-id="donum-vitae-schwangerschaftsberatung"]').count()).toBe(1);
    const card = page.locator('[data-service-id="kreisjugendamt-familienbuero-holzwickede"]');
    expect(await card.locator('.card-reasons').textContent()).toBe(
      'Passt zu: Holzwickede · Schwangerschaft · Schwangerschaft und Geburt',
    );
    expect(await page.locator('.sample-notice').textContent()).toContain('Beispieldaten');
    // The count is announced through a live region, filled a moment after the list appears.
    await page.locator('p[role="status"].result-count', { hasText: /^\d+ Angebote gefunden\.$/ }).waitFor();
    await page.close();
  });

  it('a baby who cries a lot in Lünen: Familienbüro Lünen responsible, the Schreiambulanz listed', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Lünen');
    await heading(page, 'Um wen geht es?');
    await tap(page, 'Baby (unter 1 Jahr)');
    await tap(page, 'Weiter');
    await heading(page, 'Worum geht es?');
    await tap(page, 'Stillen, Schlafen, Schreien');
    await tap(page, 'Weiter');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    expect(await callIn(page, 'responsible', 'familienbuero-luenen-willkommensbesuch').getAttribute('href')).toBe(
      'tel:+4923061042410',
    );
    expect(await page.locator('[data-service-id="spz-luenen-schreiambulanz"] a.card-call').getAttribute('href')).toBe(
      'tel:+492306774150',
    );
    await page.close();
  });

  it('a 16-year-old looking for an apprenticeship in Werne: Jobcenter and Jugendberufsagentur responsible', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Werne');
    await heading(page, 'Um wen geht es?');
    await tap(page, 'Nach der Schule: Ausbildung und Beruf (15 bis 25 Jahre)');
    await tap(page, 'Weiter');
    await heading(page, 'Worum geht es?');
    await tap(page, 'Arbeit und Ausbildung');
    await tap(page, 'Weiter');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    expect(await firstCardIn(page, 'responsible')).toBe('jobcenter-buergergeld');
    expect(await callIn(page, 'responsible', 'jobcenter-buergergeld').getAttribute('href')).toBe('tel:+49230325380');
    expect(await callIn(page, 'responsible', 'jugendberufsagentur-beratung').getAttribute('href')).toBe(
      'tel:+4923039805401',
    );
    await page.close();
  });

  it('crisis → "Ist jemand jetzt in Gefahr?" → yes: 112 comes first', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Bönen');
    await heading(page, 'Um wen geht es?');
    await tap(page, 'Überspringen');
    await heading(page, 'Worum geht es?');
    await tap(page, 'Krise, Gewalt, Angst um mein Kind');
    expect(await page.locator('#guide-progress').textContent()).toBe('Frage 3 von 4');
    await tap(page, 'Weiter');
    await heading(page, 'Ist jemand jetzt in Gefahr?');
    await tap(page, 'Ja, jetzt gerade');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    expect(new URL(page.url()).search).toBe('?town=boenen&topic=child-protection&danger=yes');
    expect(await page.locator('main h2').first().textContent()).toBe('Sofort Hilfe');
    const first = page.locator('.result-card').first();
    expect(await first.getAttribute('data-service-id')).toBe('notruf-112');
    expect(await first.locator('a.card-call').getAttribute('href')).toBe('tel:112');
    await page.close();
  });

  it('keeps "Weiter" in reach below a long list of answers, without hiding the answer in focus', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(`${suite.server.url}/fragen/3?town=kamen&lang=de`);
    await heading(page, 'Worum geht es?');
    const next = page.getByRole('button', { name: 'Weiter', exact: true });
    const options = page.locator('main .option-button');
    expect(await options.count()).toBeGreaterThan(12);
    const lastOption = await options.last().boundingBox();
    expect(lastOption!.y).toBeGreaterThan(823); // the list is longer than the screen …
    const bar = await next.boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(823); // … and "Weiter" is on it all the same
    // Tabbing to an answer far down scrolls it above the bar, not under it.
    await options.nth(10).focus();
    const focused = await options.nth(10).boundingBox();
    const barNow = await page.locator('main .guide-nav').boundingBox();
    expect(focused!.y + focused!.height).toBeLessThanOrEqual(barNow!.y);
    await options.nth(10).click();
    await next.click();
    await page.waitForURL(/\/ergebnisse\?/);
    await page.close();
  });

  it('keeps the answers when going back and forward through the questions', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Kamen');
    await heading(page, 'Um wen geht es?');
    await tap(page, 'Kleinkind (1 bis 3 Jahre)');
    await tap(page, 'Kita-Kind (3 bis 6 Jahre)');
    await tap(page, 'Weiter');
    await heading(page, 'Worum geht es?');
    await page.goBack();
    await heading(page, 'Um wen geht es?');
    expect(new URL(page.url()).search).toBe('?town=kamen&who=toddler,preschool');
    const pressed = page.locator('button[aria-pressed="true"]');
    expect(await pressed.allTextContents()).toEqual(['Kleinkind (1 bis 3 Jahre)', 'Kita-Kind (3 bis 6 Jahre)']);
    await page.goBack();
    await heading(page, 'Wo wohnen Sie?');
    expect(await page.getByRole('button', { name: 'Kamen', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.goForward();
    await heading(page, 'Um wen geht es?');
    await page.goForward();
    await heading(page, 'Worum geht es?');
    expect(await page.locator('#guide-progress').textContent()).toBe('Frage 3 von 3');
    // "Zurück" goes one question back with the answers.
    await page.getByRole('link', { name: 'Zurück' }).click();
    await heading(page, 'Um wen geht es?');
    expect(await pressed.count()).toBe(2);
    await page.close();
  });

  it('shows the same list when a results link is opened fresh', async () => {
    const link = `${suite.server.url}/ergebnisse?town=luenen&who=baby&topic=baby-care`;
    const ids = async (page: Page) =>
      page.locator('.result-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id')));
    const first = await suite.browser.newPage();
    await first.goto(link);
    await first.locator('.result-card').first().waitFor();
    const listed = await ids(first);
    await first.close();
    const second = await suite.browser.newPage();
    await second.goto(link);
    await second.locator('.result-card').first().waitFor();
    expect(await ids(second)).toEqual(listed);
    expect(listed.length).toBeGreaterThan(5);
    await second.close();
  });

  it('opens the detail screen with the week, the check date and the report e-mail; unknown ids get a friendly page', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/ergebnisse?town=luenen&who=baby&topic=baby-care`);
    await page.locator('[data-service-id="spz-luenen-schreiambulanz"] .card-title a').click();
    await page.locator('main h1', { hasText: 'Schreiambulanz' }).waitFor();
    expect(await page.locator('.week-table tr').count()).toBeGreaterThan(0);
    expect(await page.locator('main').textContent()).toContain('Zuletzt geprüft:');
    const report = await page.getByRole('link', { name: /Eintrag veraltet\? Melden/ }).getAttribute('href');
    expect(report).toMatch(/^mailto:familienverzeichnis@kreis-unna\.example\?subject=/);
    expect(decodeURIComponent(report!)).toContain('(spz-luenen-schreiambulanz)');

    await page.goto(`${suite.server.url}/angebot/gibt-es-nicht`);
    await heading(page, 'Dieses Angebot gibt es nicht (mehr)');
    expect(await page.locator('main a[href="/suche"]').count()).toBe(1);
    await page.close();
  });

  it('saves a contact from a card to the Merkliste', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/ergebnisse?town=luenen&who=baby&topic=baby-care`);
    const card = page.locator('[data-service-id="familienbuero-luenen-willkommensbesuch"]');
    await card.getByRole('button', { name: /^Merken:/ }).click();
    await card.getByRole('button', { name: /^Gespeichert:/ }).waitFor();
    expect(await card.locator('[role="status"]').textContent()).toContain('ist jetzt auf Ihrer Merkliste');
    await page.goto(`${suite.server.url}/merkliste`);
    await page.locator('[data-testid="saved-contact"]').first().waitFor();
    expect(await page.locator('[data-testid="saved-contact"] h2').allTextContents()).toContain(
      'Familienbüro Lünen – Frühe Hilfen: Willkommensbesuch und Beratung rund ums Baby',
    );
    await page.close();
  });

  it('shares an entry; without a share sheet the name, numbers and link are copied', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    const page = await suite.browser.newPage();
    // Desktop Chromium may have no share sheet at all; make sure the fallback is what runs.
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto(`${suite.server.url}/ergebnisse?town=luenen&who=baby&topic=baby-care`);
    const card = page.locator('[data-service-id="familienbuero-luenen-willkommensbesuch"]');
    await card.getByRole('button', { name: /^Teilen:/ }).click();
    await card.locator('[role="status"]', { hasText: 'Kopiert' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual([
      'Familienbüro Lünen – Frühe Hilfen: Willkommensbesuch und Beratung rund ums Baby',
      'Familienbüro Lünen – Frühe Hilfen',
      expect.stringContaining('02306 104-2410'),
      `${suite.server.url}/angebot/familienbuero-luenen-willkommensbesuch`,
    ]);
    await suite.browser.context.clearPermissions();
    await page.close();
  });

  it('never ends in nothing: emergency numbers, other answers, topics and "Angebot fehlt? Melden"', async () => {
    const page = await suite.browser.newPage();
    // In the sample data nobody offers a midwife for teenagers in Selm.
    await page.goto(`${suite.server.url}/ergebnisse?town=selm&who=secondary&topic=midwife`);
    await page.locator('.no-matches').waitFor();
    await page.locator('p[role="status"].result-count', { hasText: '0 Angebote gefunden.' }).waitFor();
    expect(await page.locator('.no-matches a[href="tel:112"]').count()).toBe(1);
    expect(await page.locator('.no-matches a[href="/themen"]').count()).toBe(1);
    expect(await page.locator('.no-matches a[href="/fragen/1?town=selm&who=secondary&topic=midwife"]').count()).toBe(1);
    const mail = await page.getByRole('link', { name: /Angebot fehlt\? Melden/ }).getAttribute('href');
    expect(mail).toMatch(/^mailto:familienverzeichnis@kreis-unna\.example\?subject=Angebot%20fehlt/);
    expect(decodeURIComponent(mail!)).toContain('Meine Antworten: Selm · Schulkind oder Jugendliche · Hebamme');
    await page.close();
  });

  it('"Standort verwenden" turns the position into the town on the phone and moves on', async () => {
    await suite.browser.context.grantPermissions(['geolocation'], { origin: suite.server.url });
    await suite.browser.context.setGeolocation({ latitude: 51.644, longitude: 7.536 }); // Selm-Cappenberg
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/fragen/1`);
    await heading(page, 'Wo wohnen Sie?');
    await page.getByRole('button', { name: /Standort verwenden/ }).click();
    await heading(page, 'Um wen geht es?');
    expect(new URL(page.url()).search).toBe('?town=selm');

    await suite.browser.context.setGeolocation({ latitude: 52.52, longitude: 13.405 }); // Berlin
    await page.goto(`${suite.server.url}/fragen/1`);
    await heading(page, 'Wo wohnen Sie?');
    await page.getByRole('button', { name: /Standort verwenden/ }).click();
    await page.locator('.location-message', { hasText: 'nicht im Kreis Unna' }).waitFor();

    await suite.browser.context.clearPermissions();
    await page.reload();
    await heading(page, 'Wo wohnen Sie?');
    await page.getByRole('button', { name: /Standort verwenden/ }).click();
    await page.locator('.location-message', { hasText: 'nicht freigegeben' }).waitFor();
    await page.close();
  });

  it.each(['de', 'en', 'ar'])(
    'has no accessibility violations on a question, the results and a detail (%s)',
    async (lang) => {
      const page = await suite.browser.newPage();
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const [path, selector] of [
          ['/fragen/1', '.town-grid'],
          ['/fragen/2?town=unna', '.option-grid'],
          ['/ergebnisse?town=boenen&topic=child-protection&danger=yes', '.result-card'],
          ['/angebot/spz-luenen-schreiambulanz', '.week-table'],
        ] as const) {
          await page.goto(`${suite.server.url}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
          await page.locator(selector).first().waitFor();
          expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr'); // Arabic: right-to-left
          const violations = await runAxe(page);
          expect(violations, `${path} (${lang}, ${scheme}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        }
      }
      await page.close();
    },
  );
});

describe('guide without a directory on the phone', () => {
  it('says so clearly and offers the emergency numbers; the questions still work (first visit, directory not reachable)', async () => {
    const fresh = await launchBrowser();
    try {
      const page = await fresh.newPage();
      // The app itself loads, but the directory download fails, as on a first visit that lost the network.
      await page.route('**/data/**', (route) => route.abort('internetdisconnected'));
      await page.goto(`${suite.server.url}/ergebnisse?town=unna&lang=de`);
      await page
        .locator('main [role="status"]', { hasText: 'Das Verzeichnis ist noch nicht auf diesem Handy.' })
        .waitFor({
          timeout: 20_000,
        });
      expect(await page.locator('main a[href="/notfall"]').count()).toBe(1);
      // The first question comes as a ready page with the guide in it: it can be answered all the same.
      await page.goto(`${suite.server.url}/fragen/1?lang=de`);
      await page.locator('.progress-bar > span[style]').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: 'Unna', exact: true }).click();
      await heading(page, 'Um wen geht es?');
      expect(fresh.outsideRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
