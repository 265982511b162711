/**
 * What a query finds, asked of the search worker (src/worker/search-worker.ts), so the page never
 * builds or searches the index on its main thread. The worker reads the index stored for the
 * directory version the page shows (or builds and stores it once). When it cannot (no worker, no
 * IndexedDB in workers, a directory kept only in memory), the page searches by itself as before.
 */
import type { Directory } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';
import type { SearchReply, SearchRequest } from '../../domain/search/worker-protocol';
import { entriesOf } from '../ui/entries-cache';
import { searchFor } from './search-cache';

let worker: Worker | undefined;
let usable = typeof Worker === 'function';
let lastId = 0;
/** Directories the worker cannot answer for (not the stored version): searched on the page. */
const onPageOnly = new WeakSet<Directory>();

function onPage(directory: Directory, query: string): DirectoryEntry[] {
  return searchFor(directory)
    .search(query)
    .map(({ entry }) => entry);
}

function ask(version: string, query: string): Promise<SearchReply> {
  worker ??= new Worker(new URL('../../worker/search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const current = worker;
  const request: SearchRequest = { id: ++lastId, version, query };
  return new Promise((resolve, reject) => {
    const finish = () => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<SearchReply>) => {
      if (event.data.id !== request.id) return;
      finish();
      resolve(event.data);
    };
    const onError = (event: ErrorEvent) => {
      finish();
      event.preventDefault();
      reject(new Error(event.message || 'The search worker could not start'));
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    current.postMessage(request);
  });
}

/** The entries a query finds in this directory, best first. */
export async function findEntries(directory: Directory, query: string): Promise<DirectoryEntry[]> {
  if (!usable || onPageOnly.has(directory)) return onPage(directory, query);
  let reply: SearchReply;
  try {
    reply = await ask(directory.meta.version, query);
  } catch (error) {
    console.warn('Searching on the page instead of in a worker', error);
    usable = false;
    worker?.terminate();
    worker = undefined;
    return onPage(directory, query);
  }
  const entries = entriesOf(directory);
  if ('unavailable' in reply || reply.docs.some((doc) => doc >= entries.length)) {
    onPageOnly.add(directory);
    return onPage(directory, query);
  }
  return Array.from(reply.docs, (doc) => entries[doc]!);
}
