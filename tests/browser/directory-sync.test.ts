/**
 * The directory on the phone, in the production build: the first online visit stores the whole
 * directory in IndexedDB, it is still there offline after a reload, and a directory published while
 * the app is open is picked up on the next start without losing the family's saved contacts.
 * Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useDistCopySuite } from './dist-copy-suite';
import { saveByHand } from './saved-by-hand';
import type { Directory } from '../../src/domain/directory/schema';
import { goOffline, runAxe, waitForOfflineReady } from './harness';
import { republish } from './republish';

interface Manifest {
  version: string;
  generatedAt: string;
  sha256: string;
  bytes: number;
  counts: { organizations: number; services: number; locations: number };
}

interface PublishedService {
  id: string;
}
interface PublishedDirectory {
  meta: { version: string; generatedAt: string };
  organizations: { id: string; services: PublishedService[] }[];
}

const suite = useDistCopySuite({ perTest: true });

async function readManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(join(suite.dir, 'data/directory-manifest.json'), 'utf8')) as Manifest;
}

/** Number of service records in the phone's IndexedDB (read by the test, never by the UI). */
async function storedServiceCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('bruecken-fuer-familien');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('services').objectStore('services').count();
          request.onsuccess = () => {
            db.close();
            resolve(request.result);
          };
        };
      }),
  );
}

async function summaryText(page: Page): Promise<string> {
  const summary = page.getByTestId('directory-summary');
  await summary.waitFor({ state: 'visible', timeout: 20_000 });
  return (await summary.textContent()) ?? '';
}

describe('directory sync in the browser', () => {
  it('first online visit stores the whole directory; offline after a reload it is still there', async () => {
    const manifest = await readManifest();
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/einstellungen`);
    expect(await summaryText(page)).toContain(`${manifest.counts.services} Angebote`);
    expect(await summaryText(page)).toMatch(/Stand: \d{1,2}\. \p{L}+ \d{4}/u);
    expect(await storedServiceCount(page)).toBe(manifest.counts.services);
    // The download, checks and write ran in the sync worker: the page itself never fetched the directory.
    expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringContaining('sync-worker'));
    const pageFetches = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    expect(pageFetches.filter((path) => path.startsWith('/data/'))).toEqual([]);
    await waitForOfflineReady(page);

    await goOffline(suite.browser.context);
    await page.reload();
    expect(await summaryText(page)).toContain(`${manifest.counts.services} Angebote`);
    expect(await page.getByTestId('memory-only').count()).toBe(0);
    // "Jetzt aktualisieren" without network says so and keeps the data.
    await page.getByRole('button', { name: 'Jetzt aktualisieren' }).click();
    await expect.poll(() => page.getByTestId('sync-message').textContent()).toContain('Keine Internetverbindung');
    expect(await summaryText(page)).toContain(`${manifest.counts.services} Angebote`);
    expect(suite.browser.outsideRequests).toEqual([]);
  });

  it('without web workers (older browsers) the page downloads, checks and stores the directory itself', async () => {
    const manifest = await readManifest();
    const page = await suite.browser.newPage();
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
    await page.goto(`${suite.server.url}/einstellungen`);
    expect(await summaryText(page)).toContain(`${manifest.counts.services} Angebote`);
    expect(await storedServiceCount(page)).toBe(manifest.counts.services);
    expect(page.workers()).toEqual([]);
    const pageFetches = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
    );
    // The directory in parts: the manifest, then each part by its SHA-256 (never the whole file).
    expect(pageFetches).toContain('/data/directory-parts.json');
    expect(pageFetches.some((path) => /^\/data\/parts\/[0-9a-f]{64}\.json$/.test(path))).toBe(true);
    expect(pageFetches).not.toContain('/data/directory.json');
    expect(suite.browser.outsideRequests).toEqual([]);
  });

  it('a directory published while the app is open is picked up on the next start; saved contacts remain', async () => {
    const manifest = await readManifest();
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/einstellungen`);
    expect(await summaryText(page)).toContain(`${manifest.counts.services} Angebote`);

    // Save two contacts (the result cards that save come later; the test writes what saveContact writes).
    const directory = JSON.parse(await readFile(join(suite.dir, 'data/directory.json'), 'utf8')) as PublishedDirectory;
    const org = directory.organizations.find((o) => o.services.length >= 2)!;
    const kept = directory.organizations.find((o) => o !== org)!.services[0]!.id;
    const vanishing = org.services.at(-1)!.id;
    await saveByHand(page, [kept, vanishing]);

    // The editorial team publishes a new directory without one of the saved services.
    org.services = org.services.filter((s) => s.id !== vanishing);
    directory.meta.version = `${manifest.version}-neu`;
    directory.meta.generatedAt = '2026-12-03T09:00:00.000Z';
    await republish(suite.dir, directory as unknown as Directory);

    // Still the old directory while the app stays open (no surprise change mid-visit) …
    expect(await summaryText(page)).toContain(`${manifest.counts.services} Angebote`);
    // … the next start picks up the new one.
    await page.reload();
    await expect
      .poll(() => page.getByTestId('directory-summary').textContent(), { timeout: 20_000 })
      .toContain(`${manifest.counts.services - 1} Angebote`);
    expect(await summaryText(page)).toContain('Stand: 3. Dezember 2026');
    expect(await storedServiceCount(page)).toBe(manifest.counts.services - 1);

    await page.goto(`${suite.server.url}/merkliste`);
    const items = page.getByTestId('saved-contact');
    await expect.poll(() => items.count(), { timeout: 10_000 }).toBe(2);
    expect(await items.nth(0).textContent()).not.toContain('Nicht mehr im Verzeichnis');
    expect(await items.nth(1).textContent()).toContain('Nicht mehr im Verzeichnis');
    expect(suite.browser.outsideRequests).toEqual([]);
  });

  it('"Meine Daten löschen" asks inside the page, can include the directory, and says what it removed', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/einstellungen`);
    await summaryText(page);
    await page.getByRole('button', { name: 'Meine Daten löschen' }).click();
    const question = page.getByText('Möchten Sie Ihre Daten wirklich löschen?');
    await question.waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clear-question');
    expect(await runAxe(page, 'main')).toEqual([]);

    await page.getByRole('checkbox', { name: /Auch das gespeicherte Verzeichnis löschen/ }).check();
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    await expect
      .poll(() => page.getByTestId('clear-message').textContent())
      .toBe(
        'Gelöscht: 0 gemerkte Kontakte, Ihre Einstellungen und Antworten, Ihre Sprachwahl, das gespeicherte Verzeichnis.',
      );
    expect(await storedServiceCount(page)).toBe(0);
    expect(await page.getByTestId('directory-summary').count()).toBe(0);
  });
});
