/**
 * Full-text search over the directory in every language it has: names, organizations, summaries,
 * descriptions, keywords (synonyms), topic names, the editorial vocabulary and towns. Typo-tolerant,
 * folded for umlauts and Arabic letter variants, stemmed per language, able to find parts of German
 * compounds in the index and to split compounds in the query. A town named in the query becomes
 * the town filter (services of that town, of the whole Kreis and nationwide).
 *
 * One scoring: each meaningful query word adds its best match; a service that matches only some
 * words keeps that score times the share of words it matched, squared. So a weak match of every
 * word and a strong match of most words compete on one scale, and neither hides the other.
 */
import type { Keywords, MunicipalityCode, Text, TopicCode } from '../directory/schema';
import type { VocabularyEntry } from '../directory/guide-schema';
import type { DirectoryEntry } from '../guide/entries';
import { coversMunicipality } from '../guide/match';
import { splitCompound } from './compound';
import { compoundTails, foldTerm, tokenize } from './fold';
import { isStopWord, queryStems, stemIn } from './languages';
import { parseQuery, townLookup, type TownNames } from './query';
import { TermIndex } from './term-index';

export type { TownNames };
/** Names a topic goes by, in any language (from the taxonomy and the UI translations). */
export type TopicLabels = Partial<Record<TopicCode, string[]>>;

interface SearchDocument {
  name: string;
  organization: string;
  summary: string;
  description: string;
  keywords: string;
  topics: string;
  vocabulary: string;
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
  'vocabulary',
  'towns',
  'parts',
];

const BOOST: Partial<Record<keyof SearchDocument, number>> = {
  name: 4,
  keywords: 3,
  organization: 2,
  topics: 2,
  vocabulary: 1.5,
  summary: 1.5,
  towns: 1.5,
  description: 1,
  parts: 1,
};

/** A word found through the vocabulary (a synonym, a translation) counts a little less than the word itself. */
const SYNONYM_WEIGHT = 0.7;
/** Most German words of one vocabulary entry a query word searches. */
const MAX_SYNONYMS = 12;
/** Results scoring under this share of the best are left out: they match only a side word. */
const MIN_SHARE = 0.05;

/**
 * Turns texts into index terms, language by language: stop words out, each word folded, and its
 * stem added when the language has a stemmer. Memoized: a directory repeats its words thousands
 * of times. Every term is also remembered, so the query side knows the index's vocabulary.
 */
class TermMaker {
  readonly known = new Set<string>();
  private readonly memo = new Map<string, string>();

  words(language: string | undefined, text: string): string {
    const out: string[] = [];
    for (const token of tokenize(text)) {
      const key = `${language ?? ''}\u0000${token}`;
      let terms = this.memo.get(key);
      if (terms === undefined) {
        terms = this.process(language, token);
        this.memo.set(key, terms);
      }
      if (terms) out.push(terms);
    }
    return out.join(' ');
  }

  text(text: Text | Keywords | undefined): string {
    if (!text) return '';
    return Object.entries(text)
      .map(([language, value]) =>
        Array.isArray(value) ? value.map((v) => this.words(language, v)).join(' ') : this.words(language, value ?? ''),
      )
      .join(' ');
  }

  private process(language: string | undefined, token: string): string {
    const base = foldTerm(token);
    if (isStopWord(base, language)) return '';
    this.known.add(base);
    if (language === undefined) return base;
    const stem = stemIn(token, language);
    if (stem === base || stem.length < 3) return base;
    this.known.add(stem);
    return `${base} ${stem}`;
  }
}

/**
 * The vocabulary as the query side needs it: a folded word (or its stem) → the German words of its
 * entries, to search too; and the entries' phrases ("kira yardımı", "детский сад"), which lead to
 * their German words when every word of the phrase is in the query.
 */
interface Synonyms {
  words: Map<string, string[]>;
  phrases: { tokens: string[][]; targets: string[] }[];
}

function synonymsOf(vocabulary: readonly VocabularyEntry[], terms: TermMaker): Synonyms {
  const words = new Map<string, string[]>();
  const phrases: Synonyms['phrases'] = [];
  for (const entry of vocabulary) {
    // The directory's German (not Leichte Sprache's everyday phrases, whose "Baby" or "Geld" would lead everywhere).
    const german = entry.words.de ?? [];
    const targets = [...new Set(german.flatMap((word) => terms.words('de', word).split(' ')).filter(Boolean))];
    for (const [language, list] of Object.entries(entry.words)) {
      for (const word of list ?? []) {
        const tokens = tokenize(word).filter((token) => !isStopWord(foldTerm(token), language));
        const keys = tokens.map((token) => [...new Set([foldTerm(token), stemIn(token, language)])]);
        if (keys.length > 1) phrases.push({ tokens: keys, targets });
        if (keys.length !== 1) continue;
        for (const key of keys[0]!) {
          words.set(key, [...new Set([...(words.get(key) ?? []), ...targets])].slice(0, MAX_SYNONYMS));
        }
      }
    }
  }
  return { words, phrases };
}

interface Variant {
  term: string;
  /** Typo tolerance: for the word as typed when the index does not know it, not for stems and synonyms. */
  loose: boolean;
  weight: number;
}

export interface SearchHit {
  entry: DirectoryEntry;
  score: number;
}

export interface DirectorySearch {
  /** Entries best first; an empty or blank query gives an empty list. */
  search(query: string): SearchHit[];
  /** The town a query names (it filters the results), if any. */
  townOf(query: string): MunicipalityCode | undefined;
}

export function createDirectorySearch(
  entries: readonly DirectoryEntry[],
  topicLabels: TopicLabels = {},
  towns: TownNames = {},
  vocabulary: readonly VocabularyEntry[] = [],
): DirectorySearch {
  const terms = new TermMaker();
  const byTopic = new Map<string, VocabularyEntry[]>();
  for (const entry of vocabulary) {
    for (const topic of entry.topics ?? []) byTopic.set(topic, [...(byTopic.get(topic) ?? []), entry]);
  }
  const topicText = new Map<string, string>();
  const topicsOf = (codes: readonly string[]) =>
    codes
      .map((code) => {
        let text = topicText.get(code);
        if (text === undefined) {
          const labels = (topicLabels[code] ?? []).map((label) => terms.words(undefined, label));
          const words = (byTopic.get(code) ?? []).map((e) => terms.text(e.words));
          text = [code, ...labels, ...words].join(' ');
          topicText.set(code, text);
        }
        return text;
      })
      .join(' ');

  const documents = entries.map((entry): SearchDocument => {
    const { service, organization } = entry;
    const area = service.serviceArea;
    const name = terms.text(service.name);
    const organizationName = terms.text(organization.name);
    const keywords = terms.text(service.keywords);
    return {
      name,
      organization: organizationName,
      summary: terms.text(service.summary),
      description: terms.text(service.description),
      keywords,
      topics: topicsOf(service.topics.filter((code) => topicLabels[code])),
      vocabulary: topicsOf(service.topics.filter((code) => byTopic.has(code))),
      towns:
        area.scope === 'municipality'
          ? area.municipalities.map((code) => terms.words(undefined, towns[code] ?? code)).join(' ')
          : '',
      parts: [name, organizationName, keywords].join(' '),
    };
  });

  const tails = new Map<string, string[]>();
  const tailsOf = (term: string) => {
    let parts = tails.get(term);
    if (parts === undefined) tails.set(term, (parts = compoundTails(term)));
    return parts;
  };
  const index = new TermIndex(
    entries.length,
    FIELDS.map((field) => BOOST[field] ?? 1),
  );
  documents.forEach((document, doc) => {
    FIELDS.forEach((field, f) => {
      const words = document[field].split(' ').filter((t) => t.length > 0);
      index.add(doc, f, field === 'parts' ? words.flatMap(tailsOf) : words);
    });
  });
  index.finish();
  const townCodes = townLookup(towns);
  const synonyms = synonymsOf(vocabulary, terms);
  const known = (part: string) => terms.known.has(part);

  /** The alternatives for one meaningful word: as typed, its stems, its synonyms; a compound becomes its parts. */
  const conceptsOf = (word: string): Variant[][] => {
    const base = foldTerm(word);
    const allStems = queryStems(word);
    const found = [base, ...allStems].flatMap((term) => synonyms.words.get(term) ?? []);
    const stems = allStems.filter((stem) => stem.length >= 3);
    if (!known(base) && found.length === 0 && !stems.some(known)) {
      const parts = splitCompound(base, known);
      if (parts) return parts.map((part) => [{ term: part, loose: false, weight: 1 }]);
    }
    // Typos only for a word the index does not know: a known word is meant as typed ("schreit" is
    // not "Schritt"), and skipping the edit-distance walk keeps a query fast.
    const typo = !known(base) && !stems.some(known);
    const own = new Set([base, ...stems]);
    return [
      [
        { term: base, loose: typo, weight: 1 },
        ...stems.map((term) => ({ term, loose: false, weight: 1 })),
        ...[...new Set(found)]
          .filter((t) => !own.has(t))
          .map((term) => ({ term, loose: false, weight: SYNONYM_WEIGHT })),
      ],
    ];
  };

  /** Concepts for the vocabulary's phrases found in the query; their words are `consumed`. */
  const consumed = new Set<string>();
  const phraseConcepts = (words: readonly string[]): Variant[][] => {
    consumed.clear();
    const forms = words.map((word) => new Set([foldTerm(word), ...queryStems(word)]));
    const concepts: Variant[][] = [];
    const seen = new Set<string[]>();
    for (const phrase of synonyms.phrases) {
      if (seen.has(phrase.targets)) continue;
      const at = phrase.tokens.map((keys) => forms.findIndex((f) => keys.some((key) => f.has(key))));
      if (at.some((i) => i < 0)) continue;
      seen.add(phrase.targets);
      for (const i of at) consumed.add(words[i]!);
      concepts.push(phrase.targets.map((term) => ({ term, loose: false, weight: SYNONYM_WEIGHT })));
    }
    return concepts;
  };

  // Per query: each concept's best score per service, and the sum and count over concepts.
  const best = new Float64Array(entries.length);
  const total = new Float64Array(entries.length);
  const matched = new Uint8Array(entries.length);

  /** Adds one concept's best match per service into `total` and `matched`. */
  const addConcept = (concept: readonly Variant[], touched: Set<number>) => {
    const seen: number[] = [];
    for (const { term, loose, weight } of concept) {
      // Edit distance: none for short words (too many false friends), one for most, two for long words.
      const typos = loose && term.length >= 4 ? (term.length < 7 ? 1 : 2) : 0;
      for (const match of index.lookup(term, term.length >= 3, typos)) {
        const { docs, scores } = match.postings;
        const factor = match.weight * weight;
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i]!;
          const score = scores[i]! * factor;
          if (best[doc] === 0) seen.push(doc);
          if (score > best[doc]!) best[doc] = score;
        }
      }
    }
    for (const doc of seen) {
      total[doc]! += best[doc]!;
      matched[doc]! += 1;
      best[doc] = 0;
      touched.add(doc);
    }
  };

  return {
    townOf: (query) => parseQuery(query, townCodes).town,
    search(query) {
      const { town, words } = parseQuery(query, townCodes);
      const inTown = (entry: DirectoryEntry) =>
        town === undefined || coversMunicipality(entry.service.serviceArea, town);
      if (words.length === 0) {
        // Only a town: its own offices (youth office, Familienbüro …) first, then its other services,
        // then those of the Kreis and the country.
        if (town === undefined) return [];
        return entries
          .filter(inTown)
          .map((entry) => {
            const local = entry.service.serviceArea.scope === 'municipality';
            return { entry, score: local ? (entry.service.role ? 3 : 2) : 1 };
          })
          .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
      }
      const concepts = [...phraseConcepts(words), ...words.filter((w) => !consumed.has(w)).flatMap(conceptsOf)];
      const touched = new Set<number>();
      for (const concept of concepts) addConcept(concept, touched);
      const hits: SearchHit[] = [];
      for (const doc of touched) {
        const entry = entries[doc]!;
        const share = matched[doc]! / concepts.length;
        if (inTown(entry)) hits.push({ entry, score: total[doc]! * share * share });
        total[doc] = 0;
        matched[doc] = 0;
      }
      hits.sort((a, b) => b.score - a.score || a.entry.order - b.entry.order);
      const floor = (hits[0]?.score ?? 0) * MIN_SHARE;
      return hits.filter((hit) => hit.score >= floor);
    },
  };
}
