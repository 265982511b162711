/**
 * The search, away from the page's main thread: the index of thousands of services is read (or, once
 * per directory, built) and searched here, so typing and scrolling never wait for it. The page
 * (src/app/search/search-in-worker.ts) sends a query and the version of the directory it shows; the
 * worker answers with the positions of the services found, best first.
 */
import { searchFromData, type DocSearch, type SearchData } from '../domain/search/search-index';
import type { SearchReply, SearchRequest } from '../domain/search/worker-protocol';
import { OtherVersionError, preparedSearchData } from './search-data';

import { forgetWorkerStore, workerStore } from './worker-store';

declare const self: DedicatedWorkerGlobalScope;

let prepared: { version: string; search: Promise<DocSearch> } | undefined;

/** Keeps the index of `version` being prepared from `data`; a failed one is forgotten, so the next question tries again. */
function prepare(version: string, data: Promise<SearchData>): Promise<DocSearch> {
  const search = data.then(searchFromData);
  prepared = { version, search };
  search.catch(() => {
    if (prepared?.search === search) prepared = undefined;
  });
  return search;
}

function searchOf(version: string): Promise<DocSearch> {
  if (prepared?.version === version) return prepared.search;
  return prepare(
    version,
    workerStore().then((s) => preparedSearchData(s, version)),
  );
}

async function answer(request: SearchRequest): Promise<SearchReply> {
  try {
    const version = request.version ?? (await storedVersion);
    if (version === undefined) return { id: request.id, unavailable: 'No search index is stored.' };
    const search = await searchOf(version);
    return { id: request.id, version, docs: search.docs(request.query) };
  } catch (error) {
    if (!(error instanceof OtherVersionError)) forgetWorkerStore();
    return { id: request.id, unavailable: error instanceof Error ? error.message : String(error) };
  }
}

// Started by a search screen that opened with a query: the stored index is read at once, while the
// page still reads its match table, so the first question finds it ready (a question about another
// version replaces it). Read without the directory's head: counting its records would hold up the
// page's own first read in IndexedDB.
// A question without a version (asked at the page's start) is answered from this index.
const storedVersion: Promise<string | undefined> = workerStore()
  .then((store) => store.loadStoredSearch())
  .then((stored) => {
    if (stored && prepared === undefined) void prepare(stored.version, Promise.resolve(stored.data));
    return stored?.version;
  })
  .catch(() => undefined);

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  void answer(event.data).then((reply) => {
    if ('docs' in reply) self.postMessage(reply, [reply.docs.buffer]);
    else self.postMessage(reply);
  });
});
