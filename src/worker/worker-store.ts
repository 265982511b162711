import { openAppStore } from '../storage/open-store';
import type { AppStore } from '../storage/store';

let opened: Promise<AppStore> | undefined;

/**
 * A worker's own connection, opened once. Only IndexedDB is any use here (a memory store in a worker is
 * invisible to the page), and a connection that another tab's upgrade closed is not reopened: the page
 * then asks for a reload, and a reloaded page starts new workers.
 */
export function workerStore(): Promise<AppStore> {
  opened ??= openAppStore().then(({ store: candidate }) => {
    if (candidate.kind === 'indexeddb') return candidate;
    candidate.close();
    throw new Error('IndexedDB is not available in the worker');
  });
  return opened;
}

/** After a failed request: the next one opens the database anew (it may have been a passing failure). */
export function forgetWorkerStore(): void {
  opened = undefined;
}
