/**
 * A tab left open on the old version while another tab accepts an update: the new service worker
 * deletes the old version's files, and the host no longer has them. The old tab's emergency screen
 * still shows the numbers (from the main bundle), and any other screen it had not loaded yet reloads
 * into the new version at the same address. Needs `npm run build`.
 *
 * "Release 2" is made from the build by giving every JavaScript file a new name (as a new build's
 * content hashes would) and rewriting every reference to it, then deleting the old files.
 */
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { extname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EMERGENCY_NUMBERS } from '../../src/domain/emergency-numbers';
import { useDistCopySuite } from './dist-copy-suite';
import { waitForOfflineReady } from './harness';

const suite = useDistCopySuite();

const VERSION_PROBE = `
;self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname === '/__sw-version') event.respondWith(new Response('2'));
});
`;

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && ['.js', '.html', '.css', '.webmanifest'].includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Renames every file in assets/ ending in .js (X-hash.js → X-hash2.js) and rewrites all references. */
async function publishRelease2(dir: string): Promise<string[]> {
  const assets = (await readdir(join(dir, 'assets'))).filter((name) => name.endsWith('.js'));
  const renamed = new Map(assets.map((name) => [name, name.replace(/\.js$/, 'v2.js')]));
  for (const [from, to] of renamed) await rename(join(dir, 'assets', from), join(dir, 'assets', to));
  const pattern = new RegExp(
    [...renamed.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|'),
    'g',
  );
  const changedPages: string[] = [];
  for (const file of await textFiles(dir)) {
    const text = await readFile(file, 'utf8');
    const next = text.replace(pattern, (name) => renamed.get(name)!);
    if (next === text) continue;
    await writeFile(file, next);
    if (!file.endsWith('sw.js')) changedPages.push(relative(dir, file));
  }
  // A new build gives changed files without a hash in their name (index.html …) a new revision.
  let worker = await readFile(join(dir, 'sw.js'), 'utf8');
  for (const page of changedPages) {
    const revision = createHash('md5')
      .update(await readFile(join(dir, page)))
      .digest('hex');
    worker = worker.replace(
      new RegExp(`\\{"revision":"[0-9a-f]+","url":"${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\}`),
      JSON.stringify({ revision, url: page }),
    );
  }
  await writeFile(join(dir, 'sw.js'), `${worker}${VERSION_PROBE}`);
  return assets;
}

const swVersion = (page: Page) => page.evaluate(() => fetch('/__sw-version').then((r) => r.text()));

/** Client-side navigation, as a tap on an in-app link does (the router loads the screen's chunk). */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

describe('a tab left on the old version after another tab accepted an update', () => {
  it('keeps the emergency numbers working and reloads into the new version for other screens, keeping its place', async () => {
    const oldTab = await suite.browser.newPage();
    await oldTab.goto(`${suite.server.url}/`);
    await waitForOfflineReady(oldTab);
    await oldTab.getByRole('heading', { level: 1 }).waitFor();
    expect(await swVersion(oldTab)).not.toBe('2');
    await oldTab.evaluate(() => {
      (window as unknown as { __oldTab: boolean }).__oldTab = true;
    });

    const oldFiles = await publishRelease2(suite.dir);
    const newTab = await suite.browser.newPage();
    await newTab.goto(`${suite.server.url}/`);
    await newTab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await newTab.getByText('Neue Version verfügbar').waitFor({ state: 'visible', timeout: 15_000 });
    const switched = newTab.waitForEvent('load', { timeout: 15_000 });
    await newTab.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await switched;
    await waitForOfflineReady(newTab);
    expect(await swVersion(newTab)).toBe('2');
    // The old version's files are gone: from the server and from the new worker's cache.
    const stale = `/assets/${oldFiles.find((name) => name.startsWith('SettingsScreen-'))!}`;
    expect(await oldTab.evaluate((url) => fetch(url).then((r) => r.status), stale)).toBe(404);

    // The old tab is still the old version (it was not reloaded) …
    expect(await oldTab.evaluate(() => (window as unknown as { __oldTab?: boolean }).__oldTab)).toBe(true);
    // … its "Notfall" still shows every number as a tap-to-call link.
    await oldTab.locator('header a[href="/notfall"]').click();
    for (const entry of EMERGENCY_NUMBERS) {
      for (const number of entry.numbers) {
        await oldTab.locator(`main a[href="tel:${number.tel}"]`).first().waitFor({ timeout: 10_000 });
      }
    }
    expect(await oldTab.evaluate(() => (window as unknown as { __oldTab?: boolean }).__oldTab)).toBe(true);

    // Another screen it never loaded: it reloads into the new version, at the same address.
    const reloaded = oldTab.waitForEvent('load', { timeout: 15_000 });
    await navigateInApp(oldTab, '/einstellungen');
    await reloaded;
    expect(new URL(oldTab.url()).pathname).toBe('/einstellungen');
    expect(await oldTab.evaluate(() => (window as unknown as { __oldTab?: boolean }).__oldTab)).toBeUndefined();
    await oldTab.getByRole('heading', { level: 1, name: 'Einstellungen und Daten' }).waitFor({ timeout: 15_000 });
    expect(await swVersion(oldTab)).toBe('2');
  });
});
