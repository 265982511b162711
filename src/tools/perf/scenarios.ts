/**
 * The three moments a parent waits for, measured in Chromium with the phone profile. Times are taken
 * inside the page (performance.now(), from the start of the navigation or the tap) when the element
 * is in the DOM, so the tool's own round trips do not count. Browser-side code is passed as strings:
 * src/tools has no DOM types.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPhone, waitForServiceWorker, waitForStoredDirectory, waitInPage } from './phone-browser';
import { applyPhoneProfile } from './phone-profile';

/**
 * The headings whose appearance is recorded (German, the default language): the first question, and
 * the start screen that the home-screen icon opens (/?source=pwa).
 */
const HEADINGS = { question: 'Wo wohnen Sie?', home: 'Hilfe für Ihre Familie' } as const;
/** A path through the guide that ends in a non-empty result list (pregnant, in Holzwickede). */
const ANSWERS = {
  town: 'Holzwickede',
  who: 'Schwangerschaft: Wir erwarten ein Baby',
  topic: 'Schwangerschaft und Geburt',
};

/**
 * Records when the first question, the start screen and the first result card appear (runs before
 * the app), and when the question or start screen is painted: the h1 is marked for Element Timing as
 * soon as it is in the DOM, before any paint, and the browser reports the frame that shows its text.
 */
const RECORDER = `
  window.__perf = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const mark = entry.identifier.replace(/^perf-/, '') + 'Painted';
      if (window.__perf[mark] === undefined) window.__perf[mark] = entry.renderTime || entry.loadTime;
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    const perf = window.__perf;
    for (const [mark, heading] of Object.entries(${JSON.stringify(HEADINGS)})) {
      if (perf[mark] !== undefined) continue;
      const h1 = document.querySelector('main h1');
      if (h1 && h1.textContent.includes(heading)) {
        perf[mark] = performance.now();
        h1.setAttribute('elementtiming', 'perf-' + mark);
      }
    }
    if (perf.results === undefined && document.querySelector('.result-card')) perf.results = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

const launch = (profileDir: string, offline = false): Promise<BrowserContext> =>
  launchPhone(profileDir, RECORDER, offline);

/** How long a page may take here, and how often to look. */
const WAIT = { timeout: 60_000, everyMs: 20 };

type Mark = 'question' | 'questionPainted' | 'home' | 'homePainted' | 'results';

async function waitForMark(page: Page, mark: Mark): Promise<number> {
  await waitInPage(page, `window.__perf && window.__perf.${mark} !== undefined`, `the ${mark} screen`, WAIT);
  return (await page.evaluate(`window.__perf.${mark}`)) as number;
}

async function tap(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

export interface ScenarioResults {
  firstVisit: number[];
  offlineColdStart: number[];
  /** The same cold starts until the question was painted (what the parent sees). */
  offlineColdStartPainted: number[];
  /** The same cold starts until the browser had parsed the page (domInteractive): its own share of the wait. */
  offlineColdStartParsed: number[];
  lastAnswerToResults: number[];
  /** A cold start from the home-screen icon (/?source=pwa), offline: until the start screen is in the page. */
  homeColdStart: number[];
  /** The same starts until the start screen's heading is painted. */
  homeColdStartPainted: number[];
}

const emptyResults = (): ScenarioResults => ({
  firstVisit: [],
  offlineColdStart: [],
  offlineColdStartPainted: [],
  offlineColdStartParsed: [],
  lastAnswerToResults: [],
  homeColdStart: [],
  homeColdStartPainted: [],
});

/**
 * `runs` times each, for every build given (one base URL each): a first visit in a fresh profile; a
 * cold start of the browser, offline, in a profile that visited once; the last answer of the guide
 * until the first result card; a second offline cold start from the home-screen icon (start screen).
 * With several builds the runs alternate between them (and the order flips every run), so a noisy
 * machine slows both alike and the comparison stays fair.
 */
export async function measureScenarios(
  baseUrls: readonly string[],
  runs: number,
  log: (line: string) => void,
): Promise<ScenarioResults[]> {
  const results = baseUrls.map(emptyResults);
  for (let run = 0; run < runs; run++) {
    const order = baseUrls.map((_, index) => index);
    if (run % 2 === 1) order.reverse();
    for (const index of order) {
      const sample = await measureOnce(baseUrls[index]!);
      for (const key of Object.keys(sample) as (keyof ScenarioResults)[]) results[index]![key].push(sample[key]);
      const build = baseUrls.length > 1 ? ` (${baseUrls[index]})` : '';
      log(
        `  run ${run + 1}/${runs}${build}: first visit ${Math.round(sample.firstVisit)} ms, offline cold start ` +
          `${Math.round(sample.offlineColdStart)} ms (painted ${Math.round(sample.offlineColdStartPainted)} ms), ` +
          `results ${Math.round(sample.lastAnswerToResults)} ms, home-screen start ${Math.round(sample.homeColdStart)} ms`,
      );
    }
  }
  return results;
}

type Sample = { [K in keyof ScenarioResults]: number };

async function measureOnce(baseUrl: string): Promise<Sample> {
  const profileDir = await mkdtemp(join(tmpdir(), 'bff-perf-'));
  try {
    // First visit: nothing cached, slow network, slow CPU; the directory is downloaded on the way.
    let context = await launch(profileDir);
    let page = await context.newPage();
    await applyPhoneProfile(page);
    await page.goto(`${baseUrl}/fragen/1`, { waitUntil: 'commit' });
    const firstVisit = await waitForMark(page, 'question');
    await waitForServiceWorker(page, WAIT);
    await waitForStoredDirectory(page, WAIT);
    await context.close();

    // Offline cold start: the browser starts again without network, the worker answers everything.
    context = await launch(profileDir, true);
    page = await context.newPage();
    await applyPhoneProfile(page, { offline: true });
    await page.goto(`${baseUrl}/fragen/1`, { waitUntil: 'commit' });
    const offlineColdStart = await waitForMark(page, 'question');
    const offlineColdStartPainted = await waitForMark(page, 'questionPainted');
    // The ready first-question page shows its question while it is still being parsed: wait for the end.
    const parsed = `performance.getEntriesByType('navigation')[0].domInteractive`;
    await waitInPage(page, `${parsed} > 0`, 'the parsed page', WAIT);
    const offlineColdStartParsed = (await page.evaluate(parsed)) as number;

    // Last answer → results, offline as well (everything comes from the phone).
    await tap(page, ANSWERS.town);
    await tap(page, ANSWERS.who);
    await tap(page, 'Weiter');
    await tap(page, ANSWERS.topic);
    const lastAnswerToResults = (await page.evaluate(`(async () => {
      const next = [...document.querySelectorAll('main button')].find((b) => b.textContent.trim() === 'Weiter');
      window.__perf.results = undefined;
      const start = performance.now();
      next.click();
      while (window.__perf.results === undefined) {
        if (performance.now() - start > ${WAIT.timeout}) return document.querySelector('main')?.innerText ?? '';
        await new Promise((r) => setTimeout(r, 2));
      }
      return window.__perf.results - start;
    })()`)) as number | string;
    if (typeof lastAnswerToResults === 'string') {
      throw new Error(`No result card ${WAIT.timeout} ms after the last answer; the page said: ${lastAnswerToResults}`);
    }
    await context.close();

    // The installed app's icon: the browser starts again, offline, on the start screen.
    context = await launch(profileDir, true);
    page = await context.newPage();
    await applyPhoneProfile(page, { offline: true });
    await page.goto(`${baseUrl}/?source=pwa`, { waitUntil: 'commit' });
    const homeColdStart = await waitForMark(page, 'home');
    const homeColdStartPainted = await waitForMark(page, 'homePainted');
    await context.close();
    return {
      firstVisit,
      offlineColdStart,
      offlineColdStartPainted,
      offlineColdStartParsed,
      lastAnswerToResults,
      homeColdStart,
      homeColdStartPainted,
    };
  } finally {
    await rm(profileDir, { recursive: true, force: true });
  }
}
