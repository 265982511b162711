/**
 * The names topics and towns go by, for the search index. Kept apart from the index itself: the
 * topic screens use these names too, and must not load the search engine with them.
 */
import taxonomy from '../taxonomy.json';
import type { Guide } from '../directory/schema';
import type { TopicLabels } from './search-index';
import type { TownNames } from './query';

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
      if (!labels.has(option.value))
        labels.set(
          option.value,
          Object.values(option.label).filter((label) => typeof label === 'string'),
        );
    }
  }
  return Object.fromEntries(
    taxonomy.topics.map(({ code, de, en }) => [code, [...new Set([de, en, ...(labels.get(code) ?? [])])]]),
  );
}
