/** The measuring browser: Debian's Chromium as the phone of phone-profile.ts, and waiting inside its pages. */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { DB_NAME } from '../../storage/db-schema';
import { CHROMIUM_ARGS, PHONE_PROFILE, chromiumPath } from './phone-profile';

/** A persistent profile (so the service worker and IndexedDB stay between starts) with `recorder` in every page. */
export async function launchPhone(profileDir: string, recorder: string, offline = false): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    locale: 'de-DE',
    viewport: PHONE_PROFILE.viewport,
    userAgent: PHONE_PROFILE.userAgent,
    isMobile: true,
    hasTouch: true,
    offline,
  });
  await context.addInitScript({ content: recorder });
  return context;
}

/**
 * Polls inside the page every `everyMs` until `condition` (an expression) is true. page.waitForFunction cannot be
 * used: it evaluates strings with eval, which the app's Content-Security-Policy refuses (as it should).
 */
export async function waitInPage(
  page: Page,
  condition: string,
  what: string,
  { timeout, everyMs }: { timeout: number; everyMs: number },
): Promise<void> {
  const met = await page.evaluate(`(async () => {
    const deadline = performance.now() + ${timeout};
    while (performance.now() < deadline) {
      if (await (async () => ${condition})()) return true;
      await new Promise((r) => setTimeout(r, ${everyMs}));
    }
    return false;
  })()`);
  if (met !== true) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
}

/** The service worker controls the page and has finished precaching (the app then starts offline). */
export async function waitForServiceWorker(page: Page, wait: { timeout: number; everyMs: number }): Promise<void> {
  await waitInPage(
    page,
    `navigator.serviceWorker.controller !== null &&
     (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated'`,
    'the service worker',
    wait,
  );
}

/**
 * The directory is stored on the phone (its services store holds records), so an offline start can show results.
 * The service worker alone is not enough: on a first visit the directory's download may still be running when it
 * has finished precaching.
 */
export async function waitForStoredDirectory(page: Page, wait: { timeout: number; everyMs: number }): Promise<void> {
  await waitInPage(
    page,
    `await new Promise((resolve) => {
      const request = indexedDB.open('${DB_NAME}');
      request.onerror = () => resolve(false);
      request.onsuccess = () => {
        const db = request.result;
        if (!db.objectStoreNames.contains('services')) return db.close(), resolve(false);
        const count = db.transaction('services').objectStore('services').count();
        count.onsuccess = () => (db.close(), resolve(count.result > 0));
        count.onerror = () => (db.close(), resolve(false));
      };
    })`,
    'the directory to be stored',
    wait,
  );
}
