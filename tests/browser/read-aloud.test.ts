/**
 * "Vorlesen" on the guide's questions and on each contact card, driven by the fake speech engine:
 * the right words in the language they are written in (a card the directory has not translated is
 * read in German, the way it is shown), and no button without a local voice.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fakeSpeech, spokenLog } from './fake-speech';
import { storeDirectory, useBrowserSuite, waitForAllResults } from './harness';

const LUENEN_BABY = '?town=luenen&who=baby&topic=baby-care';
const OFFICE = 'familienbuero-luenen-willkommensbesuch';

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
    await page.goto(`${suite.server.url}/fragen/2?town=luenen&lang=de`);
    await page.locator('main h1', { hasText: 'Um wen geht es?' }).waitFor();
    // Under the heading, before the answers.
    const button = page.locator('main .guide-question > button.read-aloud');
    expect(await button.textContent()).toBe('Vorlesen');
    await button.click();
    const de = await heard(page);
    expect(de.langs).toEqual(['de-DE']);
    expect(de.text).toMatch(/^Um wen geht es\? Sie können mehrere Antworten wählen/);
    expect(de.text).toContain(
      'Schwangerschaft: Wir erwarten ein Baby. Baby (unter 1 Jahr). Kleinkind (1 bis 3 Jahre).',
    );

    await page.goto(`${suite.server.url}/fragen/2?town=luenen&lang=en`);
    await page.locator('main h1', { hasText: 'Who is it about?' }).waitFor();
    await page.locator('main button.read-aloud').click();
    const en = await heard(page);
    expect(en.langs).toEqual(['en-GB']);
    expect(en.text).toMatch(/^Who is it about\? You can choose more than one answer/);
    expect(en.text).toContain('Baby (under 1).');

    // The town question: "Standort verwenden" and the ten towns.
    await page.goto(`${suite.server.url}/fragen/1?lang=de`);
    await page.locator('main h1', { hasText: 'Wo wohnen Sie?' }).waitFor();
    await page.locator('main button.read-aloud').click();
    const towns = await heard(page);
    expect(towns.text).toMatch(/^Wo wohnen Sie\? Dann zeigen wir Ihnen die Stellen/);
    expect(towns.text).toContain('Standort verwenden.');
    expect(towns.text).toContain('Lünen.');
    await page.close();
  });

  it('reads a question in Russian with a Russian voice, now that the guide speaks Russian', async () => {
    // (When a region's guide lacks a language, the question is read in German as shown: see question-speech.test.ts.)
    const page = await suite.browser.newPage();
    await fakeSpeech(page, BOTH_VOICES);
    await page.goto(`${suite.server.url}/fragen/2?town=luenen&lang=ru`);
    await page.locator('main h1', { hasText: 'О ком идёт речь?' }).waitFor();
    expect(await page.locator('main h1 [lang="de"]').count()).toBe(0);
    await page.locator('main button.read-aloud').click();
    const heardRu = await heard(page);
    expect(heardRu.langs).toEqual(['ru-RU']);
    expect(heardRu.text).toMatch(/^О ком идёт речь\?/);
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
    expect(await page.locator('.result-card').count()).toBeGreaterThan(8);
    expect(await page.locator('.result-card').count()).toBe(
      await page.locator('.result-card button.read-aloud').count(),
    );
    expect(await button.getAttribute('aria-label')).toBe(
      'Vorlesen: Familienbüro Lünen – Frühe Hilfen: Willkommensbesuch und Beratung rund ums Baby',
    );
    const status = (await card.locator('.opening-status').textContent())!.replace(/\s*·\s*/g, ', ');
    await button.click();
    const de = await heard(page);
    expect(de.langs).toEqual(['de-DE']);
    expect(de.text).toBe(
      'Familienbüro Lünen – Frühe Hilfen: Willkommensbesuch und Beratung rund ums Baby. ' +
        'Ihr Baby ist da? Wir besuchen Sie zu Hause, bringen ein Begrüßungspaket und zeigen, wo Sie Hilfe finden. ' +
        `${status}${/[.!?]$/.test(status) ? '' : '.'} ` +
        'Anschrift: Kurt-Schumacher-Straße 21, 44532 Lünen. ' +
        'Telefon: 0 2 3 0 6, 1 0 4, 2 4 1 0.',
    );
    expect(await button.textContent()).toBe('Anhalten');

    await page.goto(`${suite.server.url}/ergebnisse${LUENEN_BABY}&lang=en`);
    await page.locator(`[data-service-id="${OFFICE}"] button.read-aloud`).click();
    const en = await heard(page);
    expect(en.langs).toEqual(['en-GB']);
    expect(en.text).toMatch(/^Familienbüro Lünen – Frühe Hilfen: welcome visit and advice for new parents\. Your baby/);
    expect(en.text).toContain('Address: Kurt-Schumacher-Straße 21, 44532 Lünen.');
    expect(en.text).toContain('0 2 3 0 6, 1 0 4, 2 4 1 0.');
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
    expect(ru.text).toMatch(/^Familienbüro Lünen – Frühe Hilfen: Willkommensbesuch/);
    expect(ru.text).toContain('Anschrift: Kurt-Schumacher-Straße 21, 44532 Lünen.');
    expect(ru.text).not.toMatch(/[А-я]/);
    await page.close();
  });

  it('is hidden where the phone has no local voice for the language the text is in', async () => {
    const page = await suite.browser.newPage();
    await fakeSpeech(page, [
      { lang: 'de-DE', localService: true },
      { lang: 'en-GB', localService: false }, // a network voice: the text would leave the phone
    ]);
    await page.goto(`${suite.server.url}/fragen/2?town=luenen&lang=en`);
    await page.locator('main h1', { hasText: 'Who is it about?' }).waitFor();
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
    await silent.goto(`${suite.server.url}/fragen/2?town=luenen&lang=de`);
    await silent.locator('main h1', { hasText: 'Um wen geht es?' }).waitFor();
    expect(await silent.locator('button.read-aloud').count()).toBe(0);
    await silent.close();
    await page.close();
  });
});
