/**
 * "Vorlesen" on the guide's questions and on each contact card, driven by the fake speech engine:
 * the right words in the language they are written in (a card the directory has not translated is
 * read in German, the way it is shown), and no button without a local voice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeSpeech, spokenLog } from './fake-speech';
import {
  answerLabel,
  answersQuery,
  coversTown,
  inLanguage,
  phoneOf,
  question,
  questionText,
  serviceById,
  services,
} from '../fixtures/region';
import { storeDirectory, useBrowserSuite, waitForAllResults } from './harness';

const LUENEN_BABY = answersQuery({ town: 'luenen', lifeStages: ['baby'] });
/** The test region's family office for Lünen: translated into English, not into Russian. */
const OFFICE = 'afn-babylotsen';
const office = serviceById(OFFICE).service;
const officeAddress = serviceById(OFFICE).organization.locations.find((l) => l.id === office.locationIds[0])!.address;
const WHO = question('life-stage');

/** A number read digit by digit, its written groups apart: "040 66969" → "0 4 0, 6 6 9 6 9". */
function digitByDigit(number: string): string {
  return number
    .split(/[\s/-]+/)
    .map((group) => [...group].join(' '))
    .join(', ');
}

// The directory is stored on the first visit; every test below reads from it.
const suite = useBrowserSuite(storeDirectory, 60_000);

/** Everything read since the page was opened, as one text, and the languages used. */
async function heard(page: Page): Promise<{ text: string; langs: string[] }> {
  const log = await spokenLog(page);
  return { text: log.spoken.map((u) => u.text).join(' '), langs: [...new Set(log.spoken.map((u) => u.lang))] };
}

const BOTH_VOICES = [
  { lang: 'de-DE', localService: true },
  { lang: 'en-GB', localService: true },
  { lang: 'ru-RU', localService: true },
];

describe('Vorlesen on the guide and the cards', () => {
  it('reads a question with its help and answers, in the UI language', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, BOTH_VOICES);
    await page.goto(`${suite.server.url}/fragen/2${answersQuery({ town: 'luenen' })}&lang=de`);
    await page.locator('main h1', { hasText: questionText('life-stage') }).waitFor();
    // Under the heading, before the answers.
    const button = page.locator('main .guide-question > button.read-aloud');
    expect(await button.textContent()).toBe('Vorlesen');
    await button.click();
    const de = await heard(page);
    expect(de.langs).toEqual(['de-DE']);
    expect(de.text.startsWith(`${WHO.text.de} ${WHO.help!.de}`), de.text).toBe(true);
    const firstAnswers = ['pregnancy', 'baby', 'toddler'].map((stage) => `${answerLabel('life-stage', stage)}.`);
    expect(de.text).toContain(firstAnswers.join(' '));

    await page.goto(`${suite.server.url}/fragen/2${answersQuery({ town: 'luenen' })}&lang=en`);
    await page.locator('main h1', { hasText: questionText('life-stage', 'en') }).waitFor();
    await page.locator('main button.read-aloud').click();
    const en = await heard(page);
    expect(en.langs).toEqual(['en-GB']);
    expect(en.text.startsWith(`${WHO.text.en} ${WHO.help!.en}`), en.text).toBe(true);
    expect(en.text).toContain(`${answerLabel('life-stage', 'baby', 'en')}.`);

    // The town question: "Standort verwenden" and the ten towns.
    await page.goto(`${suite.server.url}/fragen/1?lang=de`);
    await page.locator('main h1', { hasText: questionText('municipality') }).waitFor();
    await page.locator('main button.read-aloud').click();
    const towns = await heard(page);
    const town = question('municipality');
    expect(towns.text.startsWith(`${town.text.de} ${town.help!.de}`), towns.text).toBe(true);
    expect(towns.text).toContain('Standort verwenden.');
    expect(towns.text).toContain('Lünen.');
    await page.close();
  });

  it('reads a question in Russian with a Russian voice, now that the guide speaks Russian', async () => {
    // (When a region's guide lacks a language, the question is read in German as shown: see question-speech.test.ts.)
    const page = await suite.browser.newPage();
    await fakeSpeech(page, BOTH_VOICES);
    const russian = questionText('life-stage', 'ru');
    expect(russian).not.toBe(questionText('life-stage')); // the test region's guide speaks Russian
    await page.goto(`${suite.server.url}/fragen/2${answersQuery({ town: 'luenen' })}&lang=ru`);
    await page.locator('main h1', { hasText: russian }).waitFor();
    expect(await page.locator('main h1 [lang="de"]').count()).toBe(0);
    await page.locator('main button.read-aloud').click();
    const heardRu = await heard(page);
    expect(heardRu.langs).toEqual(['ru-RU']);
    expect(heardRu.text.startsWith(russian)).toBe(true);
    await page.close();
  });

  it('reads one card: name, summary, status, address and the number digit by digit', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, BOTH_VOICES);
    await page.goto(`${suite.server.url}/ergebnisse${LUENEN_BABY}&lang=de`);
    const card = page.locator(`[data-service-id="${OFFICE}"]`);
    const button = card.locator('button.read-aloud');
    // One small button per card, named after its service.
    await waitForAllResults(page);
    // Every card, also those drawn after the first frame: all services for babies in Lünen.
    const fitting = services.filter((s) => coversTown(s.service, 'luenen') && s.service.lifeStages.includes('baby'));
    expect(fitting.length).toBeGreaterThan(8);
    expect(await page.locator('.result-card').count()).toBe(fitting.length);
    expect(await page.locator('.result-card').count()).toBe(
      await page.locator('.result-card button.read-aloud').count(),
    );
    expect(await button.getAttribute('aria-label')).toBe(`Vorlesen: ${office.name.de}`);
    const status = (await card.locator('.opening-status').textContent())!.replace(/\s*·\s*/g, ', ');
    await button.click();
    const de = await heard(page);
    expect(de.langs).toEqual(['de-DE']);
    const address = `${officeAddress.street}, ${officeAddress.postalCode} ${officeAddress.city}`;
    expect(de.text).toBe(
      `${office.name.de}. ${office.summary.de} ` +
        `${status}${/[.!?]$/.test(status) ? '' : '.'} ` +
        `Anschrift: ${address}. ` +
        `Telefon: ${digitByDigit(phoneOf(OFFICE))}.`,
    );
    expect(await button.textContent()).toBe('Anhalten');

    await page.goto(`${suite.server.url}/ergebnisse${LUENEN_BABY}&lang=en`);
    await page.locator(`[data-service-id="${OFFICE}"] button.read-aloud`).click();
    const en = await heard(page);
    expect(en.langs).toEqual(['en-GB']);
    expect(en.text.startsWith(`${inLanguage(office.name, 'en')}. ${inLanguage(office.summary, 'en')}`), en.text).toBe(
      true,
    );
    expect(en.text).toContain(`Address: ${address}.`);
    expect(en.text).toContain(`${digitByDigit(phoneOf(OFFICE))}.`);
    await page.close();
  });

  it('reads a card whose summary is shown in German in German, status and labels too', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, BOTH_VOICES);
    await page.goto(`${suite.server.url}/ergebnisse${LUENEN_BABY}&lang=ru`);
    const card = page.locator(`[data-service-id="${OFFICE}"]`);
    await card.locator('.in-german').first().waitFor();
    await card.locator('button.read-aloud').click();
    const ru = await heard(page);
    expect(ru.langs).toEqual(['de-DE']);
    expect(office.summary.ru).toBeUndefined(); // not translated in the test region
    expect(ru.text.startsWith(`${office.name.de}. ${office.summary.de}`), ru.text).toBe(true);
    expect(ru.text).toContain(`Anschrift: ${officeAddress.street}, ${officeAddress.postalCode} ${officeAddress.city}.`);
    expect(ru.text).not.toMatch(/[А-я]/);
    await page.close();
  });

  it('is hidden where the phone has no local voice for the language the text is in', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, [
      { lang: 'de-DE', localService: true },
      { lang: 'en-GB', localService: false }, // a network voice: the text would leave the phone
    ]);
    await page.goto(`${suite.server.url}/fragen/2${answersQuery({ town: 'luenen' })}&lang=en`);
    await page.locator('main h1', { hasText: questionText('life-stage', 'en') }).waitFor();
    expect(await page.locator('main button.read-aloud').count()).toBe(0);
    await page.goto(`${suite.server.url}/ergebnisse${LUENEN_BABY}&lang=en`);
    await page.locator(`[data-service-id="${OFFICE}"]`).waitFor();
    expect(await page.locator(`[data-service-id="${OFFICE}"] button.read-aloud`).count()).toBe(0);

    // No voice at all: no button anywhere.
    const silent = await suite.browser.newPage();
    await fakeSpeech(silent, []);
    await silent.goto(`${suite.server.url}/ergebnisse${LUENEN_BABY}&lang=de`);
    await silent.locator('.result-card').first().waitFor();
    expect(await silent.locator('button.read-aloud').count()).toBe(0);
    await silent.goto(`${suite.server.url}/fragen/2${answersQuery({ town: 'luenen' })}&lang=de`);
    await silent.locator('main h1', { hasText: questionText('life-stage') }).waitFor();
    expect(await silent.locator('button.read-aloud').count()).toBe(0);
    await silent.close();
    await page.close();
  });
});
