/**
 * Counts, from outside the app, a page's reads of the stored services: records read one by one
 * (by id) and reads of many at once (the whole store, a cursor). Installed before the page's first
 * script, so the start-up's reads are counted too.
 */
import type { Page } from 'playwright-core';

export interface ServiceReads {
  /** Services read one by one (by id). */
  one: number;
  /** Reads of many services at once (the whole store, a cursor). */
  many: number;
}

/** Starts counting on this page (before it navigates); the returned function reads the counts so far. */
export async function countServiceReads(page: Page): Promise<() => Promise<ServiceReads>> {
  await page.addInitScript(() => {
    const reads = { one: 0, many: 0 };
    (window as unknown as { __serviceReads: typeof reads }).__serviceReads = reads;
    const prototype = IDBObjectStore.prototype;
    const { get, getAll, openCursor } = prototype;
    prototype.get = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['get']>) {
      if (this.name === 'services') reads.one += 1;
      return get.apply(this, args);
    };
    prototype.getAll = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['getAll']>) {
      if (this.name === 'services') reads.many += 1;
      return getAll.apply(this, args);
    };
    prototype.openCursor = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['openCursor']>) {
      if (this.name === 'services') reads.many += 1;
      return openCursor.apply(this, args);
    };
  });
  return () => page.evaluate(() => (window as unknown as { __serviceReads: ServiceReads }).__serviceReads);
}
