/**
 * Full-text search over the directory in every language it has: names, organizations, summaries,
 * descriptions, keywords (synonyms), topic names and towns. Typo-tolerant, folded for umlauts,
 * and able to find parts of German compounds.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import type { MunicipalityCode, Text, TopicCode } from '../directory/schema';
import type { DirectoryEntry } from '../guide/entries';
import { compoundTails, foldTerm, tokenize } from './fold';

/** Names a topic goes by, in any language (from the taxonomy and the UI translations). */
export type TopicLabels = Partial<Record<TopicCode, string[]>>;
export type TownNames = Partial<Record<MunicipalityCode, string>>;

interface SearchDocument {
  id: number;
  name: string;
  organization: string;
  summary: string;
  description: string;
  keywords: string;
  topics: string;
  towns: string;
  /** Name, organization and keywords again, indexed with the tails of their compounds. */
  parts: string;
}

const FIELDS: (keyof SearchDocument)[] = [
  'name',
  'organization',
  'summary',
  'description',
  'keywords',
  'topics',
  'towns',
  'parts',
];

const BOOST: Partial<Record<keyof SearchDocument, number>> = {
  name: 4,
  keywords: 3,
  organization: 2,
  topics: 2,
  summary: 1.5,
  towns: 1.5,
  description: 1,
  parts: 1,
};

const allLanguages = (text: Text | undefined): string => (text ? Object.values(text).join(' \n ') : '');

function toDocument(entry: DirectoryEntry, topicLabels: TopicLabels, towns: TownNames): SearchDocument {
  const { service, organization } = entry;
  const keywords = Object.values(service.keywords ?? {})
    .flat()
    .join(' \n ');
  const area = service.serviceArea;
  const name = allLanguages(service.name);
  const organizationName = allLanguages(organization.name);
  return {
    id: entry.order,
    name,
    organization: organizationName,
    summary: allLanguages(service.summary),
    description: allLanguages(service.description),
    keywords,
    topics: service.topics.flatMap((code) => [code, ...(topicLabels[code] ?? [])]).join(' \n '),
    towns: area.scope === 'municipality' ? area.municipalities.map((code) => towns[code] ?? code).join(' ') : '',
    parts: [name, organizationName, keywords].join(' \n '),
  };
}

/**
 * Folds each word of the index, once per distinct word and field kind: a directory repeats the same
 * words thousands of times, and folding them again and again was 40 % of building the index.
 */
function memoizedProcessTerm(): (term: string, field?: string) => string | string[] {
  const folded = new Map<string, string>();
  const tails = new Map<string, string[]>();
  return (term, field) => {
    if (field === 'parts') {
      let parts = tails.get(term);
      if (parts === undefined) tails.set(term, (parts = compoundTails(foldTerm(term))));
      return parts;
    }
    let word = folded.get(term);
    if (word === undefined) folded.set(term, (word = foldTerm(term)));
    return word;
  };
}

export interface DirectorySearch {
  /** Entries best first; an empty or blank query gives an empty list. */
  search(query: string): { entry: DirectoryEntry; score: number }[];
}

export function createDirectorySearch(
  entries: readonly DirectoryEntry[],
  topicLabels: TopicLabels = {},
  towns: TownNames = {},
): DirectorySearch {
  const index = new MiniSearch<SearchDocument>({ fields: FIELDS, tokenize, processTerm: memoizedProcessTerm() });
  index.addAll(entries.map((entry) => toDocument(entry, topicLabels, towns)));
  const byOrder = new Map(entries.map((entry) => [entry.order, entry]));

  const run = (query: string, combineWith: 'AND' | 'OR'): SearchResult[] =>
    index.search(query, {
      boost: BOOST,
      combineWith,
      processTerm: (term) => foldTerm(term),
      prefix: (term) => term.length >= 3,
      // Edit distance: none for short words (too many false friends), one for most, two for long words.
      fuzzy: (term) => (term.length < 4 ? false : term.length < 7 ? 1 : 2),
    });

  return {
    search(query) {
      if (tokenize(query).length === 0) return [];
      // Every word should match; if that finds nothing, any word may (a typo in one word should not lose all).
      const strict = run(query, 'AND');
      const results = strict.length > 0 ? strict : run(query, 'OR');
      return results.flatMap((r) => {
        const entry = byOrder.get(r.id as number);
        return entry ? [{ entry, score: r.score }] : [];
      });
    },
  };
}
