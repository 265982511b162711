/**
 * One search index per directory object: built on the first search (MiniSearch lives only in the
 * search screen's chunk) and kept while that directory is in use, so coming back to the screen is instant.
 */
import type { Directory } from '../../domain/directory/schema';
import { createDirectorySearch, type DirectorySearch } from '../../domain/search/search-index';
import { entriesOf } from '../results/entries-cache';
import { searchTopicLabels, searchTownNames } from './labels';

const cache = new WeakMap<Directory, DirectorySearch>();

export function searchFor(directory: Directory): DirectorySearch {
  let search = cache.get(directory);
  if (!search) {
    search = createDirectorySearch(entriesOf(directory), searchTopicLabels(directory.guide), searchTownNames());
    cache.set(directory, search);
  }
  return search;
}
