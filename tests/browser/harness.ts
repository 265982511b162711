/**
 * Browser-test harness: the production build of the test region (tests/fixtures/region, built into
 * .tmp/dist-fixture by `npm run build:fixture`), served on 127.0.0.1, driven by Debian's Chromium
 * through playwright-core (no downloaded browsers). Run `npm run build:fixture` first, then
 * `npx vitest run --project browser --configLoader runner`. Every test file has its own server on a
 * free port, its own browser profile and, where it changes files, its own copy of the build, so
 * the files run side by side.
 *
 * Every helper fails loudly with the fix in its message: a missing browser or build is never skipped.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { afterAll, beforeAll, expect } from 'vitest';
import { BLOCK_OTHER_HOSTS, CHROMIUM_ARGS } from '../../src/tools/chromium';
import { answersQuery } from '../fixtures/region';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
/** The production build the tests serve: the app with the test region, never the editorial sample. */
export const DIST_DIR = join(REPO_ROOT, '.tmp/dist-fixture');

export { CHROMIUM_ARGS };

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  // data:, blob: and similar never touch the network.
  return !protocol.startsWith('http') || hostname === '127.0.0.1';
}

export interface RunningServer {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  close(): Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export function assertBuilt(dir: string = DIST_DIR): void {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'sw.js'))) {
    throw new Error(
      `Build der Testregion fehlt – zuerst npm run build:fixture (gesucht: ${join(dir, 'index.html')} und sw.js)`,
    );
  }
}

/** Serves the test build with Vite's preview server (SPA fallback like a real host) on 127.0.0.1 and a free port. */
export async function startServer(): Promise<RunningServer> {
  assertBuilt();
  const port = await freePort();
  const server = await preview({
    root: REPO_ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: DIST_DIR },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}

export interface TestBrowser {
  readonly context: BrowserContext;
  /** Requests to any host but 127.0.0.1 (all aborted). Tests assert this stays empty. */
  readonly outsideRequests: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path} – install it: sudo apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return path;
}

/**
 * A persistent context (installability checks report "in-incognito" in a plain context) with a fresh,
 * throw-away profile, so every test starts like a first visit. Every request leaving 127.0.0.1 is recorded
 * and aborted: the app promises that nothing leaves the phone.
 */
export async function launchBrowser(): Promise<TestBrowser> {
  const executablePath = chromiumPath();
  const userDataDir = await mkdtemp(join(tmpdir(), 'bff-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: [...CHROMIUM_ARGS, BLOCK_OTHER_HOSTS],
    locale: 'de-DE',
    // A phone as families hold it: mobile layout viewport, touch, 360×740 CSS px at device scale 2.
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  // No request interception (context.route): with it, Chromium lets requests bypass the service worker.
  // Instead every host but 127.0.0.1 fails to resolve (--host-resolver-rules), and the listener records it.
  const outsideRequests: string[] = [];
  context.on('request', (request) => {
    if (!isLocal(request.url())) outsideRequests.push(request.url());
  });
  return {
    context,
    outsideRequests,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Fails with the offending addresses when the page tried to reach any host but 127.0.0.1. */
export function expectNoOutsideRequests(browser: TestBrowser): void {
  if (browser.outsideRequests.length > 0) {
    throw new Error(`Requests to other hosts (nothing may leave the phone): ${browser.outsideRequests.join(', ')}`);
  }
}

/**
 * Waits until the service worker has finished installing (precache complete), is activated AND controls
 * the page. `navigator.serviceWorker.ready` alone can resolve while the worker is still activating.
 */
export async function waitForOfflineReady(page: Page, timeout = 30_000): Promise<void> {
  // Polled by hand: page.waitForFunction treats a returned Promise as truthy at once.
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        active: registration?.active?.state ?? 'none',
        controlled: navigator.serviceWorker.controller !== null,
      };
    });
    if (state.active === 'activated' && state.controlled) return;
    if (Date.now() > deadline) {
      throw new Error(
        `Service worker not ready after ${timeout} ms (active: ${state.active}, controls page: ${state.controlled}). ` +
          'Is the worker registered (src/app/pwa/boot.ts imported in main.tsx)?',
      );
    }
    await page.waitForTimeout(100);
  }
}

export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown; html: string }[];
}

/**
 * Runs axe-core in the page (WCAG 2.0/2.1/2.2 A and AA) and returns its violations.
 * `include` limits the check to one part of the page (a CSS selector), e.g. a component under test.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  const axe = (await import('axe-core')).default;
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's Content-Security-Policy
  // (no 'unsafe-inline') would block a script tag, and the tests must run with that policy enforced.
  await page.evaluate(axe.source);
  return page.evaluate(async (selector) => {
    const result = await (
      window as unknown as {
        axe: { run(context: unknown, options: object): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  }, include);
}

/** Chrome's own verdict on installability (empty list = installable), via the DevTools protocol. */
export async function installabilityErrors(page: Page): Promise<{ errorId: string; errorArguments: unknown[] }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return installabilityErrors;
  } finally {
    await cdp.detach();
  }
}

export interface BrowserSuite {
  readonly server: RunningServer;
  readonly browser: TestBrowser;
}

/** A `prepare` for useBrowserSuite: a first online visit that stores the directory for the tests that follow. */
export async function storeDirectory({ server, browser }: BrowserSuite): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/ergebnisse${answersQuery({ town: 'luenen' })}&lang=de`);
  await page.locator('.result-card').first().waitFor({ timeout: 20_000 });
  await page.close();
}

/**
 * One test file's production server and fresh browser: started before its tests (then `prepare`
 * runs, e.g. a first online visit that stores the directory), closed after them, and the file fails
 * if any request left 127.0.0.1 meanwhile.
 */
export function useBrowserSuite(prepare?: (suite: BrowserSuite) => Promise<void>, timeout = 60_000): BrowserSuite {
  let server: RunningServer | undefined;
  let browser: TestBrowser | undefined;
  const suite: BrowserSuite = {
    get server() {
      if (!server) throw new Error('The server is not started yet: use it inside tests or hooks');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser is not started yet: use it inside tests or hooks');
      return browser;
    },
  };
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await prepare?.(suite);
  }, timeout);
  afterAll(async () => {
    const outside = [...(browser?.outsideRequests ?? [])];
    await browser?.close();
    await server?.close();
    expect(outside).toEqual([]);
  });
  return suite;
}

/**
 * Waits until the result list is complete: the first cards appear at once, the rest right after the
 * first frame, and the list is aria-busy until then (src/app/results/ResultList.tsx).
 */
export async function waitForAllResults(page: Page): Promise<void> {
  await page.locator('main article.result-card').first().waitFor();
  await page.locator('main [aria-busy="true"]').waitFor({ state: 'detached' });
}
