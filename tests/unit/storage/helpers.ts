import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import type { DirectoryInfo } from '../../../src/domain/sync/ports';
import { openIdbStore } from '../../../src/storage/idb-store';
import type { OpenOptions } from '../../../src/storage/migrations';
import { numberedDirectory } from '../../fixtures/numbered-directory';

/** Every test gets its own database name, so tests never see each other's data. */
let counter = 0;
export function freshName(): string {
  counter += 1;
  return `bff-test-${Date.now()}-${counter}`;
}

export function openTestStore(options: OpenOptions = {}) {
  return openIdbStore({ name: freshName(), ...options });
}

export const V1 = '2026-11-12T08:00:00.000Z-0000aaaa';
export const V2 = '2026-11-20T08:00:00.000Z-0000bbbb';

/** Version n of a numbered test directory: every service's summary says "Stand n". */
export function version(
  n: 1 | 2,
  services = 30,
  without: string[] = [],
): { directory: Directory; info: DirectoryInfo } {
  const v = n === 1 ? V1 : V2;
  const directory = numberedDirectory({ services, version: v, label: `Stand ${n}`, without });
  return { directory, info: { version: v, sha256: 'a'.repeat(64), bytes: 1000, fetchedAt: 1_800_000_000_000 + n } };
}

/** True when every service belongs to the version named in meta (never a mix). */
export function isConsistent(directory: Directory): boolean {
  const label = directory.meta.version === V1 ? 'Stand 1' : 'Stand 2';
  return directory.organizations.every((o) => o.services.every((s) => s.summary.de.includes(label)));
}

export function serviceCount(directory: Directory): number {
  return directory.organizations.reduce((n, o) => n + o.services.length, 0);
}

/**
 * Makes IDBObjectStore.put misbehave after `okPuts` successful calls on the named store:
 * throw the given error, or abort the transaction (as a closed tab or crash would).
 */
export function breakPutAfter(okPuts: number, storeName: string, failure: 'abort' | Error) {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (this.name === storeName && ++calls > okPuts) {
      if (failure === 'abort') this.transaction.abort();
      else throw failure;
    }
    return original.apply(this, args);
  });
}
