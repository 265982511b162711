/**
 * A release rolled back after a database upgrade: the phone's IndexedDB is newer than the code. The
 * family is told that a newer version saved their data and to reload; the Merkliste never claims to
 * be empty and the saved contact stays stored. Needs `npm run build`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from './harness';

const suite = useBrowserSuite();
const DB = 'bruecken-fuer-familien';

/** Saves the first stored service as the Merkliste would, and returns its id. */
function saveFirstService(page: Page): Promise<string> {
  return page.evaluate(
    (name) =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['services', 'saved'], 'readwrite');
          const cursor = tx.objectStore('services').openCursor();
          let id = '';
          cursor.onsuccess = () => {
            const record = cursor.result!.value as { id: string; service: unknown };
            id = record.id;
            tx.objectStore('saved').put({
              id,
              position: 0,
              savedAt: Date.now(),
              snapshot: { service: record.service, locations: [] },
            });
          };
          tx.oncomplete = () => {
            db.close();
            resolve(id);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    DB,
  );
}

/** What a newer release's upgrade does: one more database version (the open app lets go of it). */
function upgradeAsANewerRelease(page: Page): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open(name);
        probe.onsuccess = () => {
          const next = probe.result.version + 1;
          probe.result.close();
          const open = indexedDB.open(name, next);
          open.onupgradeneeded = () => undefined;
          open.onsuccess = () => {
            open.result.close();
            resolve(next);
          };
          open.onerror = () => reject(open.error);
        };
      }),
    DB,
  );
}

function savedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const keys = db.transaction('saved').objectStore('saved').getAllKeys();
          keys.onsuccess = () => {
            db.close();
            resolve(keys.result.map(String));
          };
        };
      }),
    DB,
  );
}

describe('a database from a newer release', () => {
  it('says so plainly, never shows the Merkliste as empty, and keeps the saved contact', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/einstellungen`);
    await page.getByTestId('directory-summary').waitFor({ timeout: 20_000 });
    const saved = await saveFirstService(page);
    await upgradeAsANewerRelease(page);

    await page.goto(`${suite.server.url}/merkliste`);
    const notice = page.getByTestId('newer-version');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('von einer neueren Version dieser App gespeichert');
    expect(await notice.textContent()).toContain('Ihre Daten sind nicht verloren');
    await expect.poll(() => page.locator('main').textContent()).toContain('Ihre Daten sind nicht verloren');
    expect(await page.locator('main').textContent()).not.toContain('Sie haben noch keine Kontakte gespeichert.');
    // The browser mode is not blamed.
    expect(await page.getByText('In diesem Browser-Modus', { exact: false }).count()).toBe(0);
    expect(await savedIds(page)).toEqual([saved]);
  });
});
