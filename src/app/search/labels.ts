/**
 * Names for towns, life stages and topics as parents read them. Topic and stage names come from
 * the guide's answers in the directory (parents' words, translated by the editorial team, with
 * icons); the taxonomy's official names (German, English) are the fallback and are searchable too.
 */
import taxonomy from '../../domain/taxonomy.json';
import type { Guide, GuideIcon, GuideOption, Text } from '../../domain/directory/schema';

export interface Label {
  code: string;
  text: Text;
  icon?: GuideIcon;
}

export interface SectorTopics {
  sector: string;
  topics: Label[];
}

function optionsOfKind(guide: Guide | undefined, kind: 'topic' | 'life-stage'): Map<string, GuideOption> {
  const options = new Map<string, GuideOption>();
  for (const question of guide?.questions ?? []) {
    if (question.kind !== kind) continue;
    for (const option of question.options) if (!options.has(option.value)) options.set(option.value, option);
  }
  return options;
}

function labelsFor(
  items: readonly { code: string; de: string; en: string }[],
  guide: Guide | undefined,
  kind: 'topic' | 'life-stage',
): Label[] {
  const fromGuide = optionsOfKind(guide, kind);
  return items.map(({ code, de, en }) => {
    const option = fromGuide.get(code);
    return option
      ? { code, text: option.label, ...(option.icon && { icon: option.icon }) }
      : { code, text: { de, en } };
  });
}

/** All 18 topics in taxonomy order. */
export function topicLabels(guide: Guide | undefined): Label[] {
  return labelsFor(taxonomy.topics, guide, 'topic');
}

export function stageLabels(guide: Guide | undefined): Label[] {
  return labelsFor(taxonomy.lifeStages, guide, 'life-stage');
}

/** The topics grouped by the taxonomy's four sectors, in the taxonomy's order. */
export function topicsBySector(guide: Guide | undefined): SectorTopics[] {
  const labels = new Map(topicLabels(guide).map((label) => [label.code, label]));
  return taxonomy.sectors.map(({ code }) => ({
    sector: code,
    topics: taxonomy.topics.filter((t) => t.sector === code).flatMap((t) => labels.get(t.code) ?? []),
  }));
}

export { searchTopicLabels, searchTownNames } from '../../domain/search/topic-words';

/** Every language some service speaks, for the "spricht meine Sprache" filter (German first). */
export function spokenLanguages(rows: readonly { service: { languages: readonly string[] } }[]): string[] {
  // Counted loops over the table's rows: thousands of services, read once on a cold start, before the
  // code is optimized (flatMap's arrays were traced at 60 ms on a slow phone, for…of at 50 ms). The
  // codes are plain ASCII, so they sort without the phone's collation data.
  const codes = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const languages = rows[i]!.service.languages;
    for (let j = 0; j < languages.length; j++) codes.add(languages[j]!);
  }
  return [...codes].sort((a, b) => (a === 'de' ? -1 : b === 'de' ? 1 : a < b ? -1 : a > b ? 1 : 0));
}
