/**
 * The search over one published directory, wired the same way on the phone and in the benchmark:
 * the services, every name their topics go by (taxonomy and the guide's answers in every language)
 * and the towns' names.
 */
import type { Directory } from '../directory/schema';
import type { DirectoryEntry } from '../guide/entries';
import { buildSearchData, createDirectorySearch, type DirectorySearch, type SearchData } from './search-index';
import { searchTopicLabels, searchTownNames } from './topic-words';

export function searchDirectory(directory: Directory, entries: readonly DirectoryEntry[]): DirectorySearch {
  return createDirectorySearch(
    entries,
    searchTopicLabels(directory.guide),
    searchTownNames(),
    directory.guide?.vocabulary ?? [],
  );
}

/** The same search built as data, to store it (the sync worker does this once per directory). */
export function searchDirectoryData(directory: Directory, entries: readonly DirectoryEntry[]): SearchData {
  return buildSearchData(
    entries,
    searchTopicLabels(directory.guide),
    searchTownNames(),
    directory.guide?.vocabulary ?? [],
  );
}
