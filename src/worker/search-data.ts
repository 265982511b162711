/**
 * The search index of the stored directory, built once and stored next to it, so a search after a
 * cold start reads a finished index instead of building one (seconds for thousands of services on a
 * slow phone). Built in a worker: the sync worker right after it stored a new directory, or the
 * search worker when a search comes first.
 */
import { directoryEntries } from '../domain/guide/entries';
import { searchDirectoryData } from '../domain/search/directory-search';
import type { SearchData } from '../domain/search/search-index';
import type { AppStore } from '../storage/store';

/** The other version is stored (the page shows an older or newer one): the worker cannot answer for it. */
export class OtherVersionError extends Error {}

/** The stored index of `version` (or of whatever is stored), built and stored first when missing. */
export async function preparedSearchData(store: AppStore, version?: string): Promise<SearchData> {
  // The index of the version asked is stored only with that directory: nothing else needs reading.
  const ready = version === undefined ? undefined : await store.loadSearch(version);
  if (ready) return ready;
  const info = await store.readDirectoryInfo();
  if (!info || (version !== undefined && info.version !== version)) {
    throw new OtherVersionError(`stored ${info?.version ?? 'nothing'}, asked for ${version ?? 'any'}`);
  }
  const stored = await store.loadSearch(info.version);
  if (stored) return stored;
  const loaded = await store.loadDirectory();
  if (!loaded || loaded.info.version !== info.version) throw new OtherVersionError('the directory changed meanwhile');
  const data = searchDirectoryData(loaded.directory, directoryEntries(loaded.directory));
  await store.saveSearch(loaded.info.version, data);
  return data;
}
