/**
 * A release replaces another while a family has the app open. Version A is served and used (a contact
 * saved, English chosen), then the host switches to version B (every asset under a new name, a new
 * sw.js, A's assets gone, as on a real deploy). Checked: no page load ever mixes assets of A and B,
 * A keeps working until the family agrees, the update banner appears, accepting reloads into B, and
 * the saved contact and the language survive. Needs `npm run build` first.
 */
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoOutsideRequests,
  launchBrowser,
  waitForOfflineReady,
  type RunningServer,
  type TestBrowser,
} from './harness';
import { languageOnPhone } from './stored-languages';
import { copyDist, startStaticServer } from './static-server';

type Copy = Awaited<ReturnType<typeof copyDist>>;

let live: Copy;
let versionB: Copy;
let server: RunningServer;
let browser: TestBrowser;
const assetsA = new Set<string>();
const assetsB = new Set<string>();

/** Files whose text may name an asset: the page, the worker and every asset itself. */
async function textFiles(dir: string): Promise<string[]> {
  const assets = (await readdir(join(dir, 'assets'))).map((f) => join('assets', f));
  return ['index.html', 'sw.js', ...assets.filter((f) => /\.(js|css)$/.test(f))];
}

/**
 * Turns a copy of dist/ into "version B": every asset gets a new name (as a changed content hash would
 * give it), every reference follows, the entry script marks itself, and sw.js changes with its precache list.
 */
async function makeVersionB(dir: string): Promise<void> {
  const names = await readdir(join(dir, 'assets'));
  const renamed = new Map(names.map((name) => [name, name.replace(/(\.[a-z]+)$/, 'B$1')]));
  const pattern = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'), 'g');
  for (const file of await textFiles(dir)) {
    const path = join(dir, file);
    let text = await readFile(path, 'utf8');
    text = text.replace(pattern, (name) => renamed.get(name)!);
    // The page changed, so the worker's precache revision for it must change too.
    if (file === 'sw.js') {
      const before = text;
      text = text.replace(/("revision":")([0-9a-f]+)(","url":"index\.html")/, '$1$2b$3');
      if (text === before) throw new Error('sw.js: precache entry for index.html not found');
    }
    await writeFile(path, text);
  }
  for (const [from, to] of renamed) await cp(join(dir, 'assets', from), join(dir, 'assets', to));
  for (const from of renamed.keys()) await rm(join(dir, 'assets', from));
  for (const name of renamed.values()) assetsB.add(name);
}

beforeAll(async () => {
  live = await copyDist();
  versionB = await copyDist();
  for (const name of await readdir(join(live.dir, 'assets'))) assetsA.add(name);
  await makeVersionB(versionB.dir);
  server = await startStaticServer(live.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await live?.remove();
  await versionB?.remove();
});

/** Assets requested per page load (a load starts with the main frame's navigation request). */
function recordLoads(page: Page): string[][] {
  const loads: string[][] = [];
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads.push([]);
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/assets/')) loads.at(-1)?.push(pathname.slice('/assets/'.length));
  });
  return loads;
}

function versionOf(load: string[]): string {
  const fromA = load.filter((name) => assetsA.has(name));
  const fromB = load.filter((name) => assetsB.has(name));
  const unknown = load.filter((name) => !assetsA.has(name) && !assetsB.has(name));
  expect(unknown, 'assets of neither version').toEqual([]);
  expect(fromA.length === 0 || fromB.length === 0, `mixed assets in one page load: ${load.join(', ')}`).toBe(true);
  return fromB.length > 0 ? 'B' : 'A';
}

/** Deploys B over A: A's files are gone from the host, as after an upload that replaces the folder. */
async function deployVersionB(): Promise<void> {
  await rm(join(live.dir, 'assets'), { recursive: true, force: true });
  await cp(versionB.dir, live.dir, { recursive: true });
}

describe('safe update from version A to version B', () => {
  it('never mixes versions, asks first, reloads into B and keeps saved contacts and settings', async () => {
    const page = await browser.newPage();
    const loads = recordLoads(page);
    await page.goto(`${server.url}/`);
    await waitForOfflineReady(page);
    // Version A's directory is on the phone before the family uses it (a full page load mid-download starts it again).
    await page.goto(`${server.url}/einstellungen`);
    await page.getByTestId('directory-summary').waitFor({ timeout: 30_000 });

    // Use version A: choose English, save a contact from the search.
    await page.goto(`${server.url}/sprache`);
    await page.getByRole('button', { name: /English/ }).click();
    // The choice is stored once English has loaded: wait for it before the next page load.
    await page.locator('html[lang="en"]').waitFor({ state: 'attached' });
    // The English texts of the directory arrive with the switch (the phone holds German and its languages).
    await languageOnPhone(page, 'en');
    await page.goto(`${server.url}/suche?q=Beratung`);
    const save = page.getByRole('button', { name: /^Save: / }).first();
    await save.waitFor({ state: 'visible', timeout: 20_000 });
    const savedName = ((await save.getAttribute('aria-label')) ?? '').replace(/^Save: /, '');
    await save.click();
    await page.getByRole('button', { name: `Saved: ${savedName}` }).waitFor();

    await deployVersionB();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText('A new version is available.').waitFor({ state: 'visible', timeout: 15_000 });

    // Until the family agrees, A keeps running with A's files, also for screens not opened before.
    await page.locator('footer a[href="/merkliste"]').click();
    await page.getByText(savedName).first().waitFor({ timeout: 10_000 });
    await page.locator('footer a[href="/einstellungen"]').click();
    await page.locator('main h1').first().waitFor();

    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await page.locator('.pwa-notices').getByRole('button', { name: 'Update now' }).click();
    await reloaded;
    await waitForOfflineReady(page);
    await page.locator('main h1').first().waitFor();
    expect(await page.getByText('A new version is available.').count()).toBe(0);

    // Saved contact and language survived, now shown by B.
    await page.goto(`${server.url}/merkliste`);
    await page.getByText(savedName).first().waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    const versions = loads.filter((load) => load.length > 0).map(versionOf);
    expect(versions[0]).toBe('A');
    expect(versions.at(-1)).toBe('B');
    expect(versions.indexOf('B')).toBeGreaterThan(0);
    // Once B took over, no page load went back to A.
    expect(versions.slice(versions.indexOf('B'))).not.toContain('A');
    expectNoOutsideRequests(browser);
  });
});
