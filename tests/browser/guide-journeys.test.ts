/**
 * The guide as parents use it: a few taps from the start screen to the right office's phone number,
 * offline after one online visit. Also: answers survive back/forward, a results link opened fresh shows
 * the same list, and axe finds nothing on a question, the results and a detail screen (de and en).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  answersQuery,
  askedQuestions,
  coversTown,
  nameOf,
  phoneOf,
  questionText,
  region,
  serviceById,
  services,
  stageName,
  step,
  telOf,
  topicName,
  townName,
} from '../fixtures/region';
import { goOffline, launchBrowser, runAxe, useBrowserSuite, waitForAllResults, waitForOfflineReady } from './harness';

/** Services of the test region (tests/fixtures/region) that the journeys lead to. */
const FAMILY_POINT_HOLZWICKEDE = 'kfa-familienpunkt-holzwickede';
const PREGNANCY_COUNSELLING = 'bvt-schwangerschaftsberatung';
const BABY_GUIDES_LUENEN = 'afn-babylotsen';
const CRYING_BABY_CLINIC = 'kkt-schreisprechstunde';
const JOBCENTER = 'jct-grundsicherung';
const TRAINING_OFFICE = 'abt-berufsstart';
const ON_CALL_BOENEN = 'kfa-bereitschaft';
const BABY_LUENEN = answersQuery({ town: 'luenen', lifeStages: ['baby'], topics: ['baby-care'] });
const EDITORIAL_EMAIL = region.meta.editorialEmail.replace(/[.]/g, '\\.');

const suite = useBrowserSuite(async ({ server, browser }) => {
  // First visit online: the app is precached and the directory stored on the phone; then no network.
  const page = await browser.newPage();
  await page.goto(`${server.url}/?lang=de`);
  await waitForOfflineReady(page);
  await page.goto(`${server.url}/ergebnisse${answersQuery({ town: 'unna' })}`);
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
  await heading(page, questionText('municipality'));
}

/** The call link of one service's card inside a result group. */
function callIn(page: Page, group: string, serviceId: string) {
  return page.locator(`section[aria-labelledby="group-${group}"] [data-service-id="${serviceId}"] a.card-call`);
}

describe('guide journeys (offline)', () => {
  it('pregnant in Holzwickede: the family office responsible for Holzwickede and pregnancy counselling', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    expect(await page.locator('#guide-progress').textContent()).toBe(`Frage 1 von ${askedQuestions}`);
    await tap(page, 'Holzwickede');
    await heading(page, questionText('life-stage'));
    await tap(page, answerLabel('life-stage', 'pregnancy'));
    await tap(page, 'Weiter');
    await heading(page, questionText('topic'));
    // Only topics that fit pregnancy are offered (no school, no day care).
    expect(await page.getByRole('button', { name: answerLabel('topic', 'school') }).count()).toBe(0);
    expect(await page.getByRole('button', { name: answerLabel('topic', 'childcare') }).count()).toBe(0);
    await tap(page, answerLabel('topic', 'pregnancy-birth'));
    await tap(page, 'Weiter');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    await waitForAllResults(page); // cards after the first four are asked about below
    expect(new URL(page.url()).search).toBe(
      answersQuery({ town: 'holzwickede', lifeStages: ['pregnancy'], topics: ['pregnancy-birth'] }),
    );
    expect(await page.locator('main h2').first().textContent()).toBe('Zuständig für Sie');
    const call = callIn(page, 'responsible', FAMILY_POINT_HOLZWICKEDE);
    expect(await call.getAttribute('href')).toBe(telOf(FAMILY_POINT_HOLZWICKEDE));
    expect(await page.locator(`[data-service-id="${PREGNANCY_COUNSELLING}"]`).count()).toBe(1);
    const card = page.locator(`[data-service-id="${FAMILY_POINT_HOLZWICKEDE}"]`);
    expect(await card.locator('.card-reasons').textContent()).toBe(
      `Passt zu: Holzwickede · ${stageName('pregnancy')} · ${topicName('pregnancy-birth')}`,
    );
    expect(await page.locator('.sample-notice').textContent()).toContain('Beispieldaten');
    // The count is announced through a live region, filled a moment after the list appears.
    await page.locator('p[role="status"].result-count', { hasText: /^\d+ Angebote gefunden\.$/ }).waitFor();
    await page.close();
  });

  it('a baby who cries a lot in Lünen: the baby guides responsible for Lünen, the Kreis-wide clinic listed', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Lünen');
    await heading(page, questionText('life-stage'));
    await tap(page, answerLabel('life-stage', 'baby'));
    await tap(page, 'Weiter');
    await heading(page, questionText('topic'));
    await tap(page, answerLabel('topic', 'baby-care'));
    await tap(page, 'Weiter');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    expect(await callIn(page, 'responsible', BABY_GUIDES_LUENEN).getAttribute('href')).toBe(telOf(BABY_GUIDES_LUENEN));
    expect(await callIn(page, 'kreis', CRYING_BABY_CLINIC).getAttribute('href')).toBe(telOf(CRYING_BABY_CLINIC));
    await page.close();
  });

  it('a 16-year-old looking for an apprenticeship in Werne: the training office responsible, the Jobcenter (work only its second topic) among the Kreis services', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Werne');
    await heading(page, questionText('life-stage'));
    await tap(page, answerLabel('life-stage', 'transition'));
    await tap(page, 'Weiter');
    await heading(page, questionText('topic'));
    await tap(page, answerLabel('topic', 'work-training'));
    await tap(page, 'Weiter');
    await heading(page, 'Diese Stellen können Ihnen helfen');
    // The heading comes with the screen, the cards a moment later (read by id): all of them, then.
    await waitForAllResults(page);
    const responsible = await page
      .locator('section[aria-labelledby="group-responsible"] .result-card')
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id')));
    expect(responsible).toEqual([TRAINING_OFFICE]);
    expect(await callIn(page, 'responsible', TRAINING_OFFICE).getAttribute('href')).toBe(telOf(TRAINING_OFFICE));
    expect(await callIn(page, 'kreis', JOBCENTER).getAttribute('href')).toBe(telOf(JOBCENTER));
    await page.close();
  });

  it('crisis → "is anyone in danger?" → yes: the emergency numbers and Bönen\'s on-call office come first', async () => {
    const page = await suite.browser.newPage();
    await startGuide(page);
    await tap(page, 'Bönen');
    await heading(page, questionText('life-stage'));
    await tap(page, 'Überspringen');
    await heading(page, questionText('topic'));
    await tap(page, answerLabel('topic', 'child-protection'));
    // The follow-up question is counted as soon as the answer that leads to it is chosen.
    expect(await page.locator('#guide-progress').textContent()).toBe(
      `Frage ${step('topic')} von ${askedQuestions + 1}`,
    );
    await tap(page, 'Weiter');
    await heading(page, questionText('urgent'));
    await tap(page, answerLabel('urgent', 'yes'));
    await heading(page, 'Diese Stellen können Ihnen helfen');
    await waitForAllResults(page); // the absence of other towns' on-call services needs the whole list
    expect(new URL(page.url()).search).toBe(
      answersQuery({ town: 'boenen', topics: ['child-protection'], urgent: 'yes' }),
    );
    expect(await page.locator('main h2').first().textContent()).toBe('Sofort Hilfe');
    const urgent = page.locator('section[aria-labelledby="group-urgent"]');
    // The first card of the whole list is in the urgent group, which holds 112, 110 and the youth office's
    // on-call service for Bönen (not the on-call services of other towns).
    expect(
      await page
        .locator('.result-card')
        .first()
        .evaluate((card) => card.closest('section')?.getAttribute('aria-labelledby')),
    ).toBe('group-urgent');
    expect(await urgent.locator('a.card-call[href="tel:112"]').count()).toBe(1);
    expect(await urgent.locator('a.card-call[href="tel:110"]').count()).toBe(1);
    expect(await callIn(page, 'urgent', ON_CALL_BOENEN).getAttribute('href')).toBe(telOf(ON_CALL_BOENEN));
    const onCallElsewhere = services.filter(
      (s) => s.service.role === 'youth-office-emergency' && !coversTown(s.service, 'boenen'),
    );
    expect(onCallElsewhere.length).toBeGreaterThan(0);
    for (const { service } of onCallElsewhere) {
      expect(await page.locator(`[data-service-id="${service.id}"]`).count(), service.id).toBe(0);
    }
    await page.close();
  });

  it('keeps "Weiter" in reach below a long list of answers, without hiding the answer in focus', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(`${suite.server.url}/fragen/${step('topic')}${answersQuery({ town: 'kamen' })}&lang=de`);
    await heading(page, questionText('topic'));
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
    const [toddler, preschool] = [answerLabel('life-stage', 'toddler'), answerLabel('life-stage', 'preschool')];
    await startGuide(page);
    await tap(page, 'Kamen');
    await heading(page, questionText('life-stage'));
    await tap(page, toddler);
    await tap(page, preschool);
    await tap(page, 'Weiter');
    await heading(page, questionText('topic'));
    await page.goBack();
    await heading(page, questionText('life-stage'));
    expect(new URL(page.url()).search).toBe(answersQuery({ town: 'kamen', lifeStages: ['toddler', 'preschool'] }));
    const pressed = page.locator('button[aria-pressed="true"]');
    expect(await pressed.allTextContents()).toEqual([toddler, preschool]);
    await page.goBack();
    await heading(page, questionText('municipality'));
    expect(await page.getByRole('button', { name: 'Kamen', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.goForward();
    await heading(page, questionText('life-stage'));
    await page.goForward();
    await heading(page, questionText('topic'));
    expect(await page.locator('#guide-progress').textContent()).toBe(`Frage ${step('topic')} von ${askedQuestions}`);
    // "Zurück" goes one question back with the answers.
    await page.getByRole('link', { name: 'Zurück' }).click();
    await heading(page, questionText('life-stage'));
    expect(await pressed.count()).toBe(2);
    await page.close();
  });

  it('shows the same list when a results link is opened fresh', async () => {
    const link = `${suite.server.url}/ergebnisse${answersQuery({ town: 'luenen', lifeStages: ['baby'] })}`;
    // Every service of the test region that reaches Lünen and is for babies.
    const fitting = services.filter((s) => coversTown(s.service, 'luenen') && s.service.lifeStages.includes('baby'));
    // The whole list: the first cards come at once, the rest right after the first frame.
    const ids = async (page: Page) => {
      await waitForAllResults(page);
      return page.locator('.result-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id')));
    };
    const first = await suite.browser.newPage();
    await first.goto(link);
    const listed = await ids(first);
    await first.close();
    const second = await suite.browser.newPage();
    await second.goto(link);
    expect(await ids(second)).toEqual(listed);
    expect([...listed].sort()).toEqual(fitting.map((s) => s.service.id).sort());
    await second.close();
  });

  it('opens the detail screen with the week, the check date and the report e-mail; unknown ids get a friendly page', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/ergebnisse${BABY_LUENEN}`);
    // The data date under the list comes a moment after the cards (formatted when the phone is idle).
    const dataDate = /Stand: \d{1,2}\. \p{L}+ \d{4}/u;
    await expect.poll(() => page.locator('main section > p.note').last().textContent()).toMatch(dataDate);
    await page.locator(`[data-service-id="${CRYING_BABY_CLINIC}"] .card-title a`).click();
    await page.locator('main h1', { hasText: nameOf(CRYING_BABY_CLINIC) }).waitFor();
    expect(await page.locator('.week-table tr').count()).toBeGreaterThan(0);
    // The week's days by name, in German, from the names the app was built with.
    expect(await page.locator('.week-table th[scope="row"]').first().textContent()).toBe('Montag');
    expect(await page.locator('main').textContent()).toContain('Geprüft am ');
    await expect.poll(() => page.locator('main p.note').last().textContent()).toMatch(/Stand des Verzeichnisses: \d/);
    const report = await page.getByRole('link', { name: /Eintrag veraltet\? Melden/ }).getAttribute('href');
    expect(report).toMatch(new RegExp(`^mailto:${EDITORIAL_EMAIL}\\?subject=`));
    expect(decodeURIComponent(report!)).toContain(`(${CRYING_BABY_CLINIC})`);

    await page.goto(`${suite.server.url}/angebot/gibt-es-nicht`);
    await heading(page, 'Dieses Angebot gibt es nicht (mehr)');
    expect(await page.locator('main a[href="/suche"]').count()).toBe(1);
    await page.close();
  });

  it('saves a contact from a card to the Merkliste', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/ergebnisse${BABY_LUENEN}`);
    const card = page.locator(`[data-service-id="${BABY_GUIDES_LUENEN}"]`);
    await card.getByRole('button', { name: /^Merken:/ }).click();
    await card.getByRole('button', { name: /^Gespeichert:/ }).waitFor();
    expect(await card.locator('[role="status"]').textContent()).toContain('ist jetzt auf Ihrer Merkliste');
    await page.goto(`${suite.server.url}/merkliste`);
    await page.locator('[data-testid="saved-contact"]').first().waitFor();
    expect(await page.locator('[data-testid="saved-contact"] h2').allTextContents()).toContain(
      nameOf(BABY_GUIDES_LUENEN),
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
    await page.goto(`${suite.server.url}/ergebnisse${BABY_LUENEN}`);
    const card = page.locator(`[data-service-id="${BABY_GUIDES_LUENEN}"]`);
    await card.getByRole('button', { name: /^Teilen:/ }).click();
    await card.locator('[role="status"]', { hasText: 'Kopiert' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual([
      nameOf(BABY_GUIDES_LUENEN),
      serviceById(BABY_GUIDES_LUENEN).organization.name.de,
      expect.stringContaining(phoneOf(BABY_GUIDES_LUENEN)),
      `${suite.server.url}/angebot/${BABY_GUIDES_LUENEN}`,
    ]);
    await suite.browser.context.clearPermissions();
    await page.close();
  });

  it('never ends in nothing: emergency numbers, other answers, topics and "Angebot fehlt? Melden"', async () => {
    const page = await suite.browser.newPage();
    const answers = { town: 'selm', lifeStages: ['secondary'], topics: ['midwife'] } as const;
    // Nobody in the test region offers a midwife for teenagers in Selm.
    const fitting = services.filter(
      ({ service }) =>
        coversTown(service, answers.town) &&
        service.lifeStages.includes('secondary') &&
        service.topics.includes('midwife'),
    );
    expect(fitting).toEqual([]);
    const query = answersQuery({ ...answers, lifeStages: [...answers.lifeStages], topics: [...answers.topics] });
    await page.goto(`${suite.server.url}/ergebnisse${query}`);
    await page.locator('.no-matches').waitFor();
    await page.locator('p[role="status"].result-count', { hasText: '0 Angebote gefunden.' }).waitFor();
    expect(await page.locator('.no-matches a[href="tel:112"]').count()).toBe(1);
    expect(await page.locator('.no-matches a[href="/themen"]').count()).toBe(1);
    expect(await page.locator(`.no-matches a[href="/fragen/1${query}"]`).count()).toBe(1);
    const mail = await page.getByRole('link', { name: /Angebot fehlt\? Melden/ }).getAttribute('href');
    expect(mail).toMatch(new RegExp(`^mailto:${EDITORIAL_EMAIL}\\?subject=Angebot%20fehlt`));
    expect(decodeURIComponent(mail!)).toContain(
      `Meine Antworten: ${townName('selm')} · ${stageName('secondary')} · ${topicName('midwife')}`,
    );
    await page.close();
  });

  it('"Standort verwenden" turns the position into the town on the phone and moves on', async () => {
    await suite.browser.context.grantPermissions(['geolocation'], { origin: suite.server.url });
    await suite.browser.context.setGeolocation({ latitude: 51.644, longitude: 7.536 }); // Selm-Cappenberg
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/fragen/1`);
    await heading(page, questionText('municipality'));
    await page.getByRole('button', { name: /Standort verwenden/ }).click();
    await heading(page, questionText('life-stage'));
    expect(new URL(page.url()).search).toBe(answersQuery({ town: 'selm' }));

    await suite.browser.context.setGeolocation({ latitude: 52.52, longitude: 13.405 }); // Berlin
    await page.goto(`${suite.server.url}/fragen/1`);
    await heading(page, questionText('municipality'));
    await page.getByRole('button', { name: /Standort verwenden/ }).click();
    await page.locator('.location-message', { hasText: 'nicht im Kreis Unna' }).waitFor();

    await suite.browser.context.clearPermissions();
    await page.reload();
    await heading(page, questionText('municipality'));
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
          [`/fragen/2${answersQuery({ town: 'unna' })}`, '.option-grid'],
          [
            `/ergebnisse${answersQuery({ town: 'boenen', topics: ['child-protection'], urgent: 'yes' })}`,
            '.result-card',
          ],
          [`/angebot/${CRYING_BABY_CLINIC}`, '.week-table'],
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
      await page.goto(`${suite.server.url}/ergebnisse${answersQuery({ town: 'unna' })}&lang=de`);
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
      await heading(page, questionText('life-stage'));
      expect(fresh.outsideRequests).toEqual([]);
    } finally {
      await fresh.close();
    }
  });
});
