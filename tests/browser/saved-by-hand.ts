/**
 * Saves contacts into the Merkliste the way the app's saveContact writes them, straight into the page's
 * IndexedDB, for tests that need saved contacts before they change the directory under them.
 */
import type { Page } from 'playwright-core';

/** Saves the stored services `ids`, in this order (the first gets position 0). */
export async function saveByHand(page: Page, ids: readonly string[]): Promise<void> {
  await page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('bruecken-fuer-familien');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['services', 'saved'], 'readwrite');
          list.forEach((id, position) => {
            const get = tx.objectStore('services').get(id);
            get.onsuccess = () => {
              const record = get.result as { service: unknown };
              tx.objectStore('saved').put({
                id,
                position,
                savedAt: Date.now(),
                snapshot: { service: record.service, locations: [] },
              });
            };
          });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...ids],
  );
}
