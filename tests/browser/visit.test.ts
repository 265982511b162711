/**
 * Home visits offline (issue #7): start a visit, switch to the family's language, answer the guide's
 * questions, pick contacts, pass them on as QR codes (decoded here with jsQR: the link and a vCard),
 * share/copy, end the visit → nothing of the family left in sessionStorage, localStorage or the URL,
 * the professional's Merkliste unchanged. The printed handout (print media + PDF) in German and in a
 * right-to-left language. axe on every visit screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answerLabel, answersQuery, nameOf, phoneOf, question, telOf } from '../fixtures/region';
import { goOffline, REPO_ROOT, runAxe, useBrowserSuite, waitForOfflineReady } from './harness';
import { expectReflows, lastOnPage, measureReflow, placesCovered, textSizer } from './phone';

/** The family's language: Turkish once it has a locale file, English until then. */
const FAMILY = existsSync(join(REPO_ROOT, 'locales/tr.json')) ? 'tr' : 'en';
const RTL = existsSync(join(REPO_ROOT, 'locales/ar.json')) ? 'ar' : undefined;
/** The family's answers: expecting a baby in Holzwickede (the test region's guide, tests/fixtures/region). */
const FAMILY_ANSWERS = { town: 'holzwickede', lifeStages: ['pregnancy'], topics: ['pregnancy-birth'] } as const;
const FAMILY_QUERY = answersQuery({
  town: FAMILY_ANSWERS.town,
  lifeStages: [...FAMILY_ANSWERS.lifeStages],
  topics: [...FAMILY_ANSWERS.topics],
});
/** The professional's own saved contact (a national phone line) and the contacts picked for the family. */
const OWN_SAVED = 'elternleitung-telefon';
const PICKS = ['kfa-familienpunkt-holzwickede', 'bvt-schwangerschaftsberatung'];

const suite = useBrowserSuite(async ({ server, browser }) => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const page = await browser.newPage();
  await page.goto(`${server.url}/?lang=de`);
  await waitForOfflineReady(page);
  await page.goto(`${server.url}/ergebnisse${answersQuery({ town: 'unna' })}&lang=de`);
  await page.locator('.result-card').first().waitFor({ timeout: 20_000 });
  await goOffline(browser.context);
  await page.close();
}, 60_000);

/**
 * Screenshots one element and decodes the QR code in it, scrolled up to the bottom of the screen as
 * a finger does it: clear of a notice floating there (the browser keeps its room free) and of the
 * header at the top.
 */
async function decodeQr(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector);
  await element.evaluate((el) => el.scrollIntoView({ block: 'end' }));
  const png = PNG.sync.read(await element.screenshot());
  const code = jsQR(
    new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    png.width,
    png.height,
  );
  if (!code) throw new Error(`No QR code readable in ${selector} (${png.width}×${png.height} px)`);
  return code.data;
}

/** How many A4 pages the page prints on (Chromium's PDF, with the print styles). */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  expect(violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
}

/** Picks a service for the family from its detail screen (the visit bar's toggle). */
async function pick(page: Page, id: string): Promise<void> {
  await page.goto(`${suite.server.url}/angebot/${id}`);
  const button = page.locator('.visit-bar .visit-pick');
  await button.waitFor();
  await button.click();
  await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

/** The names on the Merkliste, once it has been read from the phone's storage (a list or "nothing saved"). */
async function savedNames(page: Page): Promise<string[]> {
  await page.goto(`${suite.server.url}/merkliste`);
  await page.locator('main [data-testid="saved-contact"], main .empty-state').first().waitFor();
  return page.locator('[data-testid="saved-contact"] h2').allTextContents();
}

/**
 * The start page with `?lang=de`, once the app has taken the language over and remembered it (an earlier
 * test opened a link in English). In one full run the printed-handout test found no "Hausbesuch beginnen"
 * on /besuch within 30 s; not reproduced since (0 of 8 tries left the language unapplied at the load
 * event), so this waits for the language and startVisit says what the page showed instead.
 */
async function openInGerman(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/?lang=de`);
  await page.locator('main h1').waitFor();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('bff.language'))).toBe('de');
}

async function startVisit(page: Page): Promise<void> {
  await page.goto(`${suite.server.url}/besuch`);
  await page.locator('main h1').waitFor();
  const start = page.getByRole('button', { name: 'Hausbesuch beginnen' });
  if (!(await start.isVisible())) {
    const shown = await page.evaluate(
      () => `lang=${document.documentElement.lang}: ${document.querySelector('main')?.textContent ?? ''}`,
    );
    throw new Error(`/besuch shows no "Hausbesuch beginnen" (${shown.slice(0, 300)})`);
  }
  await start.click();
  await page.locator('.visit-bar').waitFor();
}

describe('home visit (offline)', () => {
  it('start, family language, answers, picks, QR codes, share, end: nothing of the family is left', async () => {
    const page = await suite.browser.newPage();
    // The professional's own Merkliste, before the visit.
    await page.goto(`${suite.server.url}/angebot/${OWN_SAVED}`);
    // Its name changes from "Merken: …" to "Gespeichert: …", so it is found by its pressed state.
    const save = page.locator('.card-actions button[aria-pressed]').first();
    await page.getByRole('button', { name: /^Merken:/ }).click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    const savedBefore = await savedNames(page);
    expect(savedBefore).toHaveLength(1);
    const storedLanguageBefore = await page.evaluate(() => localStorage.getItem('bff.language'));

    await page.goto(`${suite.server.url}/besuch`);
    await expectNoAxeViolations(page);
    await startVisit(page);
    expect(await page.evaluate(() => document.documentElement.classList.contains('visit-mode'))).toBe(true);
    // Large type: the root font size grows.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await expectNoAxeViolations(page);

    // The family's language, one tap in the visit bar.
    await page.locator(`.visit-languages button[lang="${FAMILY}"]`).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(FAMILY);

    // The guide's questions, answered together in the family's language.
    const who = answerLabel('life-stage', FAMILY_ANSWERS.lifeStages[0], FAMILY);
    const topic = answerLabel('topic', FAMILY_ANSWERS.topics[0], FAMILY);
    expect(who).not.toBe(answerLabel('life-stage', FAMILY_ANSWERS.lifeStages[0])); // really in the family's language
    await page.goto(`${suite.server.url}/fragen/1`);
    await page.locator('.guide-question').waitFor();
    await page.getByRole('button', { name: 'Holzwickede', exact: true }).click();
    await page.locator(`.guide-question[data-question="${question('life-stage').id}"]`).waitFor();
    await page.getByRole('button', { name: who }).click();
    await page.locator('.guide-nav .button').first().click();
    await page.locator(`.guide-question[data-question="${question('topic').id}"]`).waitFor();
    await page.getByRole('button', { name: topic, exact: true }).click();
    await page.locator('.guide-nav .button').first().click();
    await page.locator('.result-card').first().waitFor();
    expect(new URL(page.url()).search).toBe(FAMILY_QUERY);

    for (const id of PICKS) await pick(page, id);
    await page.locator('.visit-bar a[href="/weitergeben"]').click();
    await page.locator('.share-screen').waitFor();
    await expectNoAxeViolations(page);
    // The family's language is not on this phone (offline): its notice shows, never over the QR code.
    const waiting = page.getByTestId('language-waiting');
    await waiting.waitFor();
    expect(await placesCovered(page.locator('[data-qr="link"] svg'), waiting)).toEqual([]);

    // The QR code on screen: a link that opens exactly these contacts in the family's language.
    expect(await decodeQr(page, '[data-qr="link"] svg')).toBe(
      `${suite.server.url}/kontakte?ids=${PICKS.join(',')}&lang=${FAMILY}`,
    );
    // A vCard QR code for one contact: any camera saves it as a contact.
    await page.locator(`.share-item[data-service-id="${PICKS[0]}"] button`).click();
    const vcard = await decodeQr(page, '[data-qr="vcard"] svg');
    const lines = vcard.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCARD', 'VERSION:3.0']);
    expect(lines).toContain(`TEL;TYPE=work,voice:${telOf(PICKS[0]!).slice('tel:'.length)}`);
    expect(lines.some((line) => /^FN:.*Holzwickede/.test(line))).toBe(true);
    expect(lines.some((line) => line.startsWith('ADR;TYPE=work:;;'))).toBe(true);
    expect(lines.some((line) => line.startsWith('NOTE:'))).toBe(true);
    expect(lines.at(-1)).toBe('END:VCARD');

    // Share: headless Chromium has no share sheet, so the text is copied, with a confirmation.
    await page.locator('.share-screen > .stack-small > button.button').click();
    await expect.poll(() => page.locator('.share-message').textContent()).not.toBe('');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toContain(phoneOf(PICKS[0]!));
    expect(clipboard.trim().split('\n').at(-1)).toBe(
      `${suite.server.url}/kontakte?ids=${PICKS.join(',')}&lang=${FAMILY}`,
    );

    // Back to the results with the family's answers on screen, then end the visit from the bar.
    await page.goto(`${suite.server.url}/ergebnisse${FAMILY_QUERY}`);
    await page.locator('.result-card').first().waitFor();
    await page.locator('.visit-bar .visit-end').click();
    await page.waitForURL(/\/besuch\?beendet=2$/);
    await page.locator('.visit-ended').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.evaluate(() => document.documentElement.classList.contains('visit-mode'))).toBe(false);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('bff.language'))).toBe(storedLanguageBefore);
    const local = await page.evaluate(() =>
      Object.entries(localStorage)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n'),
    );
    for (const trace of [...PICKS, 'holzwickede', 'pregnancy', 'bff.visit']) expect(local).not.toContain(trace);
    expect(page.url()).not.toContain('holzwickede');
    // "Zurück" leads to none of the family's pages: the history kept only what came before the visit.
    const history = await page.evaluate(() => navigation.entries().map((entry) => new URL(entry.url!).pathname));
    expect(history.slice(-2)).toEqual(['/besuch', '/besuch']);
    expect(history.join(' ')).not.toMatch(/fragen|ergebnisse|weitergeben/);
    await page.goBack();
    await page.waitForURL(/\/besuch$/);
    await page.getByRole('button', { name: 'Hausbesuch beginnen' }).waitFor();
    await page.goForward();
    await page.waitForURL(/\/besuch\?beendet=2$/);
    await expectNoAxeViolations(page);
    // The professional's Merkliste is as it was: the picks never went there.
    expect(await savedNames(page)).toEqual(savedBefore);
    await page.close();
  });

  it('"Besuch beenden" drops the family’s pages from the history when the visit stayed in one page load', async () => {
    const page = await suite.browser.newPage();
    await startVisit(page);
    await page.locator('a.card-link[href="/fragen/1"]').click();
    await page.getByRole('button', { name: 'Holzwickede', exact: true }).click();
    await page.locator(`.guide-question[data-question="${question('life-stage').id}"]`).waitFor();
    expect(page.url()).toContain(answersQuery({ town: 'holzwickede' }).slice(1));
    await page.locator('.visit-bar .visit-end').click();
    await page.waitForURL(/\/besuch\?beendet=0$/);
    await page.locator('.visit-ended').waitFor();
    const history = await page.evaluate(() => navigation.entries().map((entry) => entry.url!));
    expect(history.join(' ')).not.toMatch(/fragen|holzwickede/);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  });

  it('as a phone at 320 px with 200 % text: the language notice never lies over the QR code', async () => {
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 320, height: 568 });
    await (
      await textSizer(page)
    )(200);
    await openInGerman(page);
    await startVisit(page);
    await page.locator(`.visit-languages button[lang="${FAMILY}"]`).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(FAMILY);
    for (const id of PICKS) await pick(page, id);
    await page.goto(`${suite.server.url}/weitergeben`);
    await page.locator('.share-screen [data-qr="link"] svg').waitFor();
    const waiting = page.getByTestId('language-waiting');
    await waiting.waitFor({ timeout: 20_000 });
    expect(await placesCovered(page.locator('[data-qr="link"] svg'), waiting)).toEqual([]);
    expect(await lastOnPage(page, page.locator('.notice-dock'))).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    expectReflows('the share screen with the language notice', 320, await measureReflow(page, 320));
    await expectNoAxeViolations(page);
    await page.close();
  });

  it('/kontakte opens the passed-on contacts with call buttons and says which ids were skipped', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/kontakte?ids=${PICKS[0]},gibt-es-nicht,${PICKS[1]}&lang=en`);
    await page.locator('.contacts-screen .call-entry').first().waitFor();
    expect(
      await page
        .locator('.contacts-screen .call-entry')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id'))),
    ).toEqual(PICKS);
    expect(await page.locator('.contacts-screen p.note[role="status"]').textContent()).toBe(
      '1 contact from the link does not exist (any more) and was skipped.',
    );
    expect(await page.locator(`[data-service-id="${PICKS[0]}"] a.call-button`).first().getAttribute('href')).toBe(
      telOf(PICKS[0]!),
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoAxeViolations(page);
    await page.close();
  });
});

describe('printed handout', () => {
  async function handout(page: Page, language?: string): Promise<void> {
    await openInGerman(page); // an earlier test opened a link with lang=en
    await startVisit(page);
    if (language) {
      await page.locator(`.visit-languages button[lang="${language}"]`).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
    }
    for (const id of PICKS) await pick(page, id);
    await page.goto(`${suite.server.url}/weitergeben/drucken`);
    await page.locator('.handout-contact').first().waitFor();
  }

  it('German: the selected contacts, hours, QR code, emergency numbers and data date; nothing else on paper', async () => {
    const page = await suite.browser.newPage();
    await handout(page);
    await expectNoAxeViolations(page);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.locator('.handout-contact').evaluateAll((els) => els.map((e) => e.getAttribute('data-service-id'))),
    ).toEqual(PICKS);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    for (const id of PICKS) expect(text).toContain(nameOf(id));
    expect(text).toContain('Öffnungszeiten');
    expect(text).toMatch(/Stand: \d{1,2}\. \p{L}+ \d{4}/u);
    expect(text).toContain('112');
    expect(await page.locator('.handout-qr svg').isVisible()).toBe(true);
    for (const hidden of ['.app-header', '.app-footer', '.handout-controls']) {
      expect(await page.locator(hidden).isVisible(), hidden).toBe(false);
    }
    expect(await decodeQr(page, '.handout-qr svg')).toBe(`${suite.server.url}/kontakte?ids=${PICKS.join(',')}&lang=de`);
    expect(await printedPages(page)).toBe(1);
    await page.close();
  });

  it('right to left: the handout reads from the right, numbers stay in order', async () => {
    const page = await suite.browser.newPage();
    if (RTL) {
      await handout(page, RTL);
    } else {
      await handout(page);
      await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    }
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.handout')!).direction)).toBe('rtl');
    // The contact names start at the right edge.
    const width = page.viewportSize()!.width;
    const box = (await page.locator('.handout-contact h2').first().boundingBox())!;
    expect(box.x + box.width).toBeGreaterThan(width * 0.8);
    expect(await page.locator('.handout-contact').count()).toBe(PICKS.length);
    if (RTL === 'ar') {
      const arabic = JSON.parse(readFileSync(join(REPO_ROOT, 'locales/ar.json'), 'utf8')) as {
        handout: { title: string; dataDate: string };
      };
      expect(await page.locator('main h1').textContent()).toBe(arabic.handout.title);
      expect(await page.locator('.handout-date').textContent()).toContain(arabic.handout.dataDate.split('{{')[0]);
    }
    // A phone number keeps its digit order inside the right-to-left text.
    expect(
      await page
        .locator('.handout-contact .phone-number')
        .first()
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');
    // So do the opening times: "09:00–12:00", not "12:00–09:00".
    const times = page.locator('.handout-hours .phone-number').first();
    expect(await times.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await times.textContent()).toMatch(/^\d{2}:\d{2}–\d{2}:\d{2}/);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    // Printed right to left, the two contacts still fit one A4 page.
    expect(await printedPages(page)).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    await expectNoAxeViolations(page);
    await page.close();
  });
});
