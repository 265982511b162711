/**
 * The page's one search worker (src/worker/search-worker.ts), in the first screen's code: a search
 * page opened with a query starts it right away (boot.ts), so the worker reads the stored index while
 * the page still loads its own code; the search screen (search/search-in-worker.ts) then asks it.
 */
let worker: Worker | undefined;

export function searchWorker(): Worker {
  worker ??= new Worker(new URL('../../worker/search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  return worker;
}

/** The worker failed: the next search runs on the page (and no worker is kept). */
export function dropSearchWorker(): void {
  worker?.terminate();
  worker = undefined;
}
