/**
 * Which languages' texts the phone holds besides German (the directory in parts), read from
 * IndexedDB by the test, never by the UI; and a wait until a language's texts have arrived.
 */
import type { Page } from 'playwright-core';

/** The stored directory's head record (version, languages held), read by the test, never by the UI. */
export function storedDirectoryRecord(page: Page): Promise<{ version?: string; languages?: string[] } | undefined> {
  return page.evaluate(
    () =>
      new Promise<{ version?: string; languages?: string[] } | undefined>((resolve, reject) => {
        const open = indexedDB.open('bruecken-fuer-familien');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('meta').objectStore('meta').get('directory');
          request.onsuccess = () => {
            db.close();
            resolve(request.result as { version?: string; languages?: string[] } | undefined);
          };
        };
      }),
  );
}

export async function storedLanguages(page: Page): Promise<string[] | undefined> {
  return (await storedDirectoryRecord(page))?.languages;
}

/** Resolves once the phone holds `language`'s texts (a language switch online fetches them). */
export async function languageOnPhone(page: Page, language: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!((await storedLanguages(page)) ?? []).includes(language)) {
    if (Date.now() > until) throw new Error(`The texts in "${language}" did not arrive on the phone`);
    await page.waitForTimeout(200);
  }
}
