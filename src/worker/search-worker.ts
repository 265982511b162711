/**
 * The search, away from the page's main thread: the index of thousands of services is read (or, once
 * per directory, built) and searched here, so typing and scrolling never wait for it. The page
 * (src/app/search/search-in-worker.ts) sends a query and the version of the directory it shows; the
 * worker answers with the positions of the services found, best first.
 */
import { searchFromData, type DocSearch } from '../domain/search/search-index';
import type { SearchReply, SearchRequest } from '../domain/search/worker-protocol';
import { openAppStore } from '../storage/open-store';
import type { AppStore } from '../storage/store';
import { OtherVersionError, preparedSearchData } from './search-data';

declare const self: DedicatedWorkerGlobalScope;

let opened: Promise<AppStore> | undefined;
let prepared: { version: string; search: Promise<DocSearch> } | undefined;

async function store(): Promise<AppStore> {
  opened ??= openAppStore().then(({ store: candidate }) => {
    if (candidate.kind === 'indexeddb') return candidate;
    candidate.close();
    throw new Error('IndexedDB is not available in the worker');
  });
  return opened;
}

function searchOf(version: string): Promise<DocSearch> {
  if (prepared?.version !== version) {
    const search = store()
      .then((s) => preparedSearchData(s, version))
      .then(searchFromData);
    prepared = { version, search };
    search.catch(() => {
      if (prepared?.search === search) prepared = undefined;
    });
  }
  return prepared.search;
}

async function answer(request: SearchRequest): Promise<SearchReply> {
  try {
    const search = await searchOf(request.version);
    return { id: request.id, docs: Int32Array.from(search.search(request.query), (hit) => hit.doc) };
  } catch (error) {
    if (!(error instanceof OtherVersionError)) opened = undefined;
    return { id: request.id, unavailable: error instanceof Error ? error.message : String(error) };
  }
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  void answer(event.data).then((reply) => {
    if ('docs' in reply) self.postMessage(reply, [reply.docs.buffer]);
    else self.postMessage(reply);
  });
});
