/**
 * One search index per directory object, for a search on the page (no worker): built on the first search
 * and kept while that directory is in use, so coming back to the screen is instant. Loaded on demand
 * (search-in-worker.ts): the search code is a chunk of its own.
 */
import type { Directory } from '../../domain/directory/schema';
import { searchDirectory } from '../../domain/search/directory-search';
import type { DirectorySearch } from '../../domain/search/search-index';
import { entriesOf } from '../ui/entries-cache';

const cache = new WeakMap<Directory, DirectorySearch>();

export function searchFor(directory: Directory): DirectorySearch {
  let search = cache.get(directory);
  if (!search) {
    search = searchDirectory(directory, entriesOf(directory));
    cache.set(directory, search);
  }
  return search;
}
