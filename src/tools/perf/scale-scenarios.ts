/**
 * What a large directory costs a family (`npm run perf -- --services N`): an offline cold start
 * of the search page ("beratung") and of a results page, each in a restarted browser with the
 * phone profile (4× CPU), on a phone that synced the directory before. Per page: when the first
 * card is in the page and when it is painted, the longest main-thread task, the JS heap once the
 * list is complete and the page has been collected, and the page's DOM nodes.
 * Browser-side code is passed as strings: src/tools has no DOM types.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchPhone, waitForServiceWorker, waitInPage } from './phone-browser';
import { applyPhoneProfile } from './phone-profile';
import { startTrace, summarizeTrace } from './trace-summary';

/** Where to write a trace of each measured cold start (`--trace`), and the files' name stem. */
export interface TraceTo {
  dir: string;
  name: string;
}

/** The two pages measured: a search with thousands of hits, and the guide's results for a pregnant mother. */
export const SCALE_PAGES = {
  search: '/suche?q=beratung',
  results: '/ergebnisse?town=holzwickede&who=pregnancy&topic=pregnancy-birth',
} as const;
type PageName = keyof typeof SCALE_PAGES;

/**
 * Runs before the app: the first result card's arrival (and its title marked for Element Timing,
 * so the frame that paints it is reported), and every long task of the main thread.
 */
const RECORDER = `
  window.__scale = { longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__scale.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const at = entry.renderTime || entry.loadTime;
      if (window.__scale.cardPainted === undefined || at < window.__scale.cardPainted) window.__scale.cardPainted = at;
    }
  }).observe({ type: 'element', buffered: true });
  new MutationObserver(() => {
    if (window.__scale.card !== undefined) return;
    const card = document.querySelector('.result-card');
    if (!card) return;
    window.__scale.card = performance.now();
    for (const element of card.querySelectorAll('.card-title, .card-title *')) element.setAttribute('elementtiming', 'card');
  }).observe(document, { childList: true, subtree: true });
`;

export interface PageSample {
  /** Navigation start → the page's first paint with content (header, screen: first-contentful-paint). */
  firstPaint: number;
  /** Navigation start → the first result card in the DOM. */
  card: number;
  /** … → the frame that painted its title. */
  cardPainted: number;
  /** The longest main-thread task from navigation until the list was complete and the page quiet. */
  longestTask: number;
  /** JS heap in MB after a garbage collection, once the list is complete. */
  heapMb: number;
  domNodes: number;
  /** Cards in the page at that moment, and the count the page announces. */
  cards: number;
}

export type ScaleSample = Record<PageName, PageSample>;

const launch = (profileDir: string, offline = false): Promise<BrowserContext> =>
  launchPhone(profileDir, RECORDER, offline);

/** How long a page may take here, and how often to look. */
const WAIT = { timeout: 180_000, everyMs: 50 };

/** A first visit online (no slowdown: this is setup): the worker installs and the directory is stored. */
async function install(baseUrl: string, profileDir: string): Promise<void> {
  const context = await launch(profileDir, false);
  const page = await context.newPage();
  await page.goto(`${baseUrl}${SCALE_PAGES.search}`, { waitUntil: 'commit' });
  await waitForServiceWorker(page, WAIT);
  await waitInPage(page, `document.querySelector('.result-card') !== null`, 'the directory to be stored', WAIT);
  await context.close();
}

async function measurePage(
  baseUrl: string,
  profileDir: string,
  name: PageName,
  traceTo?: TraceTo,
  log?: (line: string) => void,
): Promise<PageSample> {
  const context = await launch(profileDir, true);
  try {
    const page = await context.newPage();
    await applyPhoneProfile(page, { offline: true });
    const stopTrace = traceTo ? await startTrace(await context.newCDPSession(page)) : undefined;
    await page.goto(`${baseUrl}${SCALE_PAGES[name]}`, { waitUntil: 'commit' });
    await waitInPage(
      page,
      `window.__scale && window.__scale.cardPainted !== undefined`,
      `the first card on ${name}`,
      WAIT,
    );
    // Complete: no list still filling in (aria-busy), then a second without new long tasks.
    await waitInPage(
      page,
      `document.querySelector('[aria-busy="true"]') === null`,
      `the complete list on ${name}`,
      WAIT,
    );
    await page.waitForTimeout(1500);
    if (stopTrace && traceTo) {
      const events = await stopTrace();
      await mkdir(traceTo.dir, { recursive: true });
      const file = join(traceTo.dir, `trace-${traceTo.name}-${name}.json`);
      await writeFile(file, JSON.stringify({ traceEvents: events }));
      const painted = (await page.evaluate('window.__scale.cardPainted')) as number;
      log?.(`  trace of ${name} (${traceTo.name}): ${file}`);
      for (const line of summarizeTrace(events, painted)) log?.(line);
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const inPage = (await page.evaluate(`({
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      card: window.__scale.card,
      cardPainted: window.__scale.cardPainted,
      longestTask: Math.max(0, ...window.__scale.longTasks),
      domNodes: document.getElementsByTagName('*').length,
      cards: document.querySelectorAll('.result-card').length,
    })`)) as Omit<PageSample, 'heapMb'>;
    return { ...inPage, heapMb: heap.usedSize / 1024 / 1024 };
  } finally {
    await context.close();
  }
}

/** One fresh phone per run: install and sync once, then an offline cold start of each page. */
export async function measureScale(
  baseUrl: string,
  runs: number,
  log: (line: string) => void,
  traceTo?: TraceTo,
): Promise<ScaleSample[]> {
  const samples: ScaleSample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const profileDir = await mkdtemp(join(tmpdir(), 'bff-perf-scale-'));
    try {
      await install(baseUrl, profileDir);
      const sample = {
        search: await measurePage(baseUrl, profileDir, 'search', traceTo, log),
        results: await measurePage(baseUrl, profileDir, 'results', traceTo, log),
      };
      samples.push(sample);
      const line = (s: PageSample) =>
        `first paint ${Math.round(s.firstPaint)} ms, card ${Math.round(s.card)} ms (painted ${Math.round(s.cardPainted)} ms), longest task ` +
        `${Math.round(s.longestTask)} ms, heap ${s.heapMb.toFixed(1)} MB, ${s.domNodes} DOM nodes, ${s.cards} cards`;
      log(`  run ${run + 1}/${runs}: search ${line(sample.search)}`);
      log(`  run ${run + 1}/${runs}: results ${line(sample.results)}`);
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  }
  return samples;
}
