/**
 * The search over one published directory, wired the same way on the phone and in the benchmark:
 * the services, every name their topics go by (taxonomy and the guide's answers in every language)
 * and the towns' names.
 */
import type { Directory } from '../directory/schema';
import type { DirectoryEntry } from '../guide/entries';
import { createDirectorySearch, type DirectorySearch } from './search-index';
import { searchTopicLabels, searchTownNames } from './topic-words';

export function searchDirectory(directory: Directory, entries: readonly DirectoryEntry[]): DirectorySearch {
  return createDirectorySearch(
    entries,
    searchTopicLabels(directory.guide),
    searchTownNames(),
    directory.guide?.vocabulary ?? [],
  );
}
