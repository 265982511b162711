/**
 * A parent with a school problem on a phone with large text: "Schule" → "what is it about at
 * school?" → the counselling that fits the problem comes first, among the same services as without
 * the follow-up. The follow-up, its answer and its place in the way back come from the test region's
 * guide (tests/fixtures/region/guide.yaml), never from the sample's wording.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerLabel,
  answersQuery,
  askedQuestions,
  inLanguage,
  question,
  questionText,
  stageName,
  step,
  topicName,
  townName,
} from '../fixtures/region';
import { runAxe, storeDirectory, useBrowserSuite, waitForAllResults } from './harness';
import { expectReflows, measureReflow, textSizer } from './phone';

/** The test region's services a school problem in Kamen leads to: by fit without a focus, then with it. */
const TRAINING_OFFICE = 'abt-berufsstart';
const FAMILY_COUNSELLING = 'bvt-erziehungsberatung';

const suite = useBrowserSuite(storeDirectory);

const focusQuestion = question('focus');
/** The answer for conflict and worries: the one whose focus names parenting. */
const worries = focusQuestion.options.find((o) => o.focus?.includes('parenting'));

async function tap(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).tap();
}

async function heading(page: Page, text: string): Promise<void> {
  await page.locator('main h1', { hasText: text }).waitFor();
}

/** The whole list's service ids in order, once the cards drawn after the first frame are there too. */
async function cardIds(page: Page): Promise<(string | null)[]> {
  await waitForAllResults(page);
  return page.locator('main .result-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service-id')));
}

describe('a school problem on a phone (360 px, 200 % text)', () => {
  it('asks what it is about at school and puts the fitting counselling first, among the same services', async () => {
    expect(worries, 'the test region asks what a school topic is about').toBeDefined();
    const page = await suite.browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await (
      await textSizer(page)
    )(200);

    // Skipped: the list as before the follow-up existed, the training office first.
    const school = { town: 'kamen', lifeStages: ['secondary'], topics: ['school'] } as const;
    const plain = answersQuery({ ...school, lifeStages: [...school.lifeStages], topics: [...school.topics] });
    await page.goto(`${suite.server.url}/ergebnisse${plain}&lang=de`);
    await page.locator('main .result-card').first().waitFor();
    const unfocused = await cardIds(page);
    expect(unfocused[0]).toBe(TRAINING_OFFICE);

    await page.goto(`${suite.server.url}/fragen/1?lang=de`);
    await heading(page, questionText('municipality'));
    await tap(page, townName('kamen'));
    await heading(page, questionText('life-stage'));
    await tap(page, answerLabel('life-stage', 'secondary'));
    await tap(page, 'Weiter');
    await heading(page, questionText('topic'));
    await tap(page, answerLabel('topic', 'school'));
    // The follow-up is counted as soon as "school" is chosen.
    expect(await page.locator('#guide-progress').textContent()).toBe(
      `Frage ${step('topic')} von ${askedQuestions + 1}`,
    );
    await tap(page, 'Weiter');

    await heading(page, questionText('focus'));
    expect(await page.locator('#guide-progress').textContent()).toBe(
      `Frage ${askedQuestions + 1} von ${askedQuestions + 1}`,
    );
    expectReflows('the school follow-up at 360 px, 200 % text', 360, await measureReflow(page, 360));
    await page.setViewportSize({ width: 320, height: 568 });
    expectReflows('the school follow-up at 320 px, 200 % text', 320, await measureReflow(page, 320));
    await page.setViewportSize({ width: 360, height: 740 });
    const label = inLanguage(worries!.label);
    const answer = page.getByRole('button', { name: label, exact: true });
    const box = await answer.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48); // a large touch target
    await answer.tap();

    await page.waitForURL(/\/ergebnisse\?/);
    await page.locator('main .result-card').first().waitFor();
    expect(new URL(page.url()).searchParams.get(focusQuestion.id)).toBe(worries!.value);
    const focused = await cardIds(page);
    expect(focused[0]).toBe(FAMILY_COUNSELLING);
    expect([...focused].sort()).toEqual([...unfocused].sort()); // ranks, never widens
    expect(await page.locator('main .answer-summary p').first().textContent()).toBe(
      `Ihre Antworten: ${townName('kamen')} · ${stageName('secondary')} · ${topicName('school')} · ${label}`,
    );
    // The card says which of the problem's topics it covers.
    expect(await page.locator(`[data-service-id="${FAMILY_COUNSELLING}"] .card-reasons`).textContent()).toContain(
      topicName('parenting'),
    );
    expectReflows('results with a school focus at 360 px, 200 % text', 360, await measureReflow(page, 360));

    // Back: the follow-up shows its answer chosen; "Antworten ändern" keeps it in the address.
    await page.goBack();
    await heading(page, questionText('focus'));
    expect(await answer.getAttribute('aria-pressed')).toBe('true');
    await page.goForward();
    await page.locator('main .result-card').first().waitFor();
    const change = await page.locator('main .answer-summary a').getAttribute('href');
    expect(new URL(change!, suite.server.url).searchParams.get(focusQuestion.id)).toBe(worries!.value);
    await page.close();
  });

  it.each(['de', 'ar'])('the follow-up has no accessibility violations (%s)', async (lang) => {
    const page = await suite.browser.newPage();
    const query = answersQuery({ town: 'kamen', lifeStages: ['secondary'], topics: ['school'] });
    await page.goto(`${suite.server.url}/fragen/${askedQuestions + 1}${query}&lang=${lang}`);
    await heading(page, questionText('focus', lang));
    expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    const violations = await runAxe(page);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    await page.close();
  });
});
