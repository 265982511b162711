/**
 * The search over one published directory, wired the same way on the phone and in the benchmark:
 * the services, every name their topics go by (taxonomy and the guide's answers in every language)
 * and the towns' names.
 */
import taxonomy from '../taxonomy.json';
import type { Directory, Guide } from '../directory/schema';
import type { DirectoryEntry } from '../guide/entries';
import { createDirectorySearch, type DirectorySearch, type TopicLabels, type TownNames } from './search-index';

export function searchTownNames(): TownNames {
  return Object.fromEntries(taxonomy.municipalities.map(({ code, name }) => [code, name]));
}

/**
 * Every name a topic goes by, for the search index: official names (de, en) and the guide's words
 * in every language, so "Tagesmutter", "day care" and "kreş" all find the childcare services.
 */
export function searchTopicLabels(guide: Guide | undefined): TopicLabels {
  const labels = new Map<string, string[]>();
  for (const question of guide?.questions ?? []) {
    if (question.kind !== 'topic') continue;
    for (const option of question.options) {
      if (!labels.has(option.value)) labels.set(option.value, Object.values(option.label));
    }
  }
  return Object.fromEntries(
    taxonomy.topics.map(({ code, de, en }) => [code, [...new Set([de, en, ...(labels.get(code) ?? [])])]]),
  );
}

export function searchDirectory(directory: Directory, entries: readonly DirectoryEntry[]): DirectorySearch {
  return createDirectorySearch(
    entries,
    searchTopicLabels(directory.guide),
    searchTownNames(),
    directory.guide?.vocabulary ?? [],
  );
}
