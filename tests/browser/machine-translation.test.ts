/**
 * Directory texts that are machine-assisted drafts say so, in the family's language, with the German
 * original one tap away; reviewed translations appear as they are; an outdated translation is not
 * shown at all (the current German is, marked as German). On a phone (touch), in Turkish, and with
 * the note open in Arabic (right to left) without accessibility violations. The printed handout and
 * the shared text of a home visit say so too, in the family's language.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar.json';
import tr from '../../locales/tr.json';
import { shownAsDraft } from '../../src/domain/directory/machine-translation';
import { translated } from '../../src/domain/directory/text-in';
import { answersQuery, inLanguage, serviceById } from '../fixtures/region';
import { runAxe, storeDirectory, useBrowserSuite, waitForAllResults } from './harness';

const suite = useBrowserSuite(storeDirectory);

async function results(page: Page, town: string, lang: string): Promise<void> {
  await page.goto(`${suite.server.url}/ergebnisse${answersQuery({ town })}&lang=${lang}`);
  await waitForAllResults(page);
}

const card = (page: Page, id: string) => page.locator(`article.result-card[data-service-id="${id}"]`);

describe('machine-assisted translations', () => {
  it('a draft shows "automatisch übersetzt" in Turkish and its German original after one tap', async () => {
    const { service } = serviceById('afn-babylotsen');
    expect(service.name.machine).toContain('tr');
    const page = await suite.browser.newPage();
    await results(page, 'luenen', 'tr');
    const drafted = card(page, service.id);
    await expect.poll(() => drafted.locator('h2, h3').first().textContent()).toBe(translated(service.name, 'tr'));
    const note = drafted.locator('details.machine-note');
    const summary = note.locator('summary');
    expect(await summary.textContent()).toContain(tr.machineTranslation.marker);
    expect(await summary.textContent()).toContain(tr.machineTranslation.showOriginal);
    const original = note.locator('p[lang="de"]');
    expect(await original.first().isVisible()).toBe(false);
    const box = await summary.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);

    await summary.tap();
    await expect.poll(() => note.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await original.allTextContents()).toEqual([service.name.de, service.summary.de]);
    expect(await original.first().isVisible()).toBe(true);
    expect(await original.first().getAttribute('dir')).toBe('ltr');
    await summary.tap();
    await expect.poll(() => original.first().isVisible()).toBe(false);
    await page.close();
  });

  it('a reviewed translation has no note; an outdated one is replaced by the current German, marked as German', async () => {
    const page = await suite.browser.newPage();
    const reviewed = serviceById('fzs-elterncafe').service;
    expect(reviewed.name.machine ?? []).not.toContain('tr');
    await results(page, 'boenen', 'tr');
    const reviewedCard = card(page, reviewed.id);
    expect(await reviewedCard.locator('h2, h3').first().textContent()).toBe(translated(reviewed.name, 'tr'));
    expect(await reviewedCard.locator('.machine-note').count()).toBe(0);

    const outdated = serviceById('kfa-familienpunkt-holzwickede').service;
    expect(translated(outdated.summary, 'tr')).toBeUndefined();
    await results(page, 'holzwickede', 'tr');
    const outdatedCard = card(page, outdated.id);
    const summaryLine = outdatedCard.locator('p:not([class])', { has: page.locator('span[lang="de"]') });
    expect(await summaryLine.locator('span[lang="de"]').textContent()).toBe(outdated.summary.de);
    expect(await summaryLine.locator('.in-german').textContent()).toContain(tr.results.inGerman);
    // Its name is still a draft: the note holds the German name only (the summary is German already).
    await outdatedCard.locator('details.machine-note summary').tap();
    expect(await outdatedCard.locator('details.machine-note p[lang="de"]').allTextContents()).toEqual([
      outdated.name.de,
    ]);
    await page.close();
  });

  it('the detail screen in Arabic: the note opens, reads right to left and has no accessibility violations', async () => {
    const { service } = serviceById('afn-babylotsen');
    expect(service.name.machine).toContain('ar');
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/angebot/${service.id}?lang=ar`);
    const summary = page.locator('main details.machine-note summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(ar.machineTranslation.marker);
    await summary.tap();
    const original = page.locator('main details.machine-note p[lang="de"]');
    expect(await original.first().textContent()).toBe(service.name.de);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const violations = await runAxe(page, 'main');
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - 360);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it('the handout and the shared text of a home visit mark a draft in Turkish, and only a draft', async () => {
    const drafted = serviceById('afn-babylotsen');
    const reviewed = serviceById('fzs-elterncafe');
    // What the handout shows of a contact: its name, its organization's, the labels of its numbers.
    const shown = ({ service, organization }: typeof drafted) => [
      service.name,
      organization.name,
      ...(service.phones.length > 0 ? service.phones : organization.phones).map((phone) => phone.label),
    ];
    expect(shownAsDraft(drafted.service.name, 'tr')).toBe(true);
    expect(shown(reviewed).filter((text) => shownAsDraft(text, 'tr'))).toEqual([]);
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.server.url });
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/besuch?lang=de`);
    await page.getByRole('button', { name: 'Hausbesuch beginnen' }).click();
    await page.locator('.visit-languages button[lang="tr"]').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('tr');
    for (const { service } of [drafted, reviewed]) {
      await page.goto(`${suite.server.url}/angebot/${service.id}`);
      const pick = page.locator('.visit-bar .visit-pick');
      await pick.click();
      await expect.poll(() => pick.getAttribute('aria-pressed')).toBe('true');
    }

    await page.goto(`${suite.server.url}/weitergeben/drucken`);
    const contact = (id: string) => page.locator(`.handout-contact[data-service-id="${id}"]`);
    await expect
      .poll(() => contact(drafted.service.id).locator('h2').textContent())
      .toBe(translated(drafted.service.name, 'tr'));
    expect(await contact(drafted.service.id).locator('.handout-draft').textContent()).toBe(tr.drafts.line);
    expect(await contact(reviewed.service.id).locator('.handout-draft').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    expect(await contact(drafted.service.id).locator('.handout-draft').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await runAxe(page, 'main')).toEqual([]);

    // "Kopieren" (no share sheet headless): the line follows the draft's name, not the reviewed one's.
    await page.goto(`${suite.server.url}/weitergeben`);
    await page.locator('.share-screen > .stack-small > button.button').click();
    await expect.poll(() => page.locator('.share-message').textContent()).not.toBe('');
    const blocks = (await page.evaluate(() => navigator.clipboard.readText())).split('\n\n');
    expect(blocks[0]!.split('\n').slice(0, 2)).toEqual([translated(drafted.service.name, 'tr'), tr.drafts.line]);
    expect(blocks[1]!.split('\n')[0]).toBe(inLanguage(reviewed.service.name, 'tr'));
    expect(blocks[1]).not.toContain(tr.drafts.line);
    await page.close();
  });
});
