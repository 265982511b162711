/**
 * Which languages' texts the phone holds besides German (the directory in parts), read from
 * IndexedDB by the test, never by the UI; and a wait until a language's texts have arrived.
 */
import type { Page } from 'playwright-core';

export function storedLanguages(page: Page): Promise<string[] | undefined> {
  return page.evaluate(
    () =>
      new Promise<string[] | undefined>((resolve, reject) => {
        const open = indexedDB.open('bruecken-fuer-familien');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('meta').objectStore('meta').get('directory');
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { languages?: string[] } | undefined)?.languages);
          };
        };
      }),
  );
}

/** Resolves once the phone holds `language`'s texts (a language switch online fetches them). */
export async function languageOnPhone(page: Page, language: string, timeoutMs = 20_000): Promise<void> {
  await page.waitForFunction(
    (code) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('bruecken-fuer-familien');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('meta').objectStore('meta').get('directory');
          request.onsuccess = () => {
            db.close();
            const languages = (request.result as { languages?: string[] } | undefined)?.languages;
            resolve(languages === undefined ? false : languages.includes(code));
          };
          request.onerror = () => resolve(false);
        };
      }),
    language,
    { timeout: timeoutMs, polling: 200 },
  );
}
