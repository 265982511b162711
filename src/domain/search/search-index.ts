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
import type { Keywords, MunicipalityCode, Service, Text, TopicCode } from '../directory/schema';
import type { VocabularyEntry } from '../directory/guide-schema';
import type { DirectoryEntry } from '../guide/entries';
import { splitCompound } from './compound';
import { compoundTails, foldTerm, tokenize } from './fold';
import { isStopWord, queryStems, stemIn } from './languages';
import { parseQuery, townLookup, type TownNames } from './query';
import { countTerms, TermIndex, type FieldTerms, type TermIndexData } from './term-index';

export type { TownNames };
/** Names a topic goes by, in any language (from the taxonomy and the UI translations). */
export type TopicLabels = Partial<Record<TopicCode, string[]>>;

/** A service's index terms per field. */
interface SearchDocument {
  name: string[];
  organization: string[];
  summary: string[];
  description: string[];
  keywords: string[];
  topics: FieldTerms;
  vocabulary: FieldTerms;
  towns: FieldTerms;
  /** Name, organization and keywords again, indexed with the tails of their compounds. */
  parts: string[];
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
  private readonly memo = new Map<string, Map<string, readonly string[]>>();

  /** The index terms of a text in one language (undefined: not known, folded only). */
  words(language: string | undefined, text: string, out: string[] = []): string[] {
    const key = language ?? '';
    let memo = this.memo.get(key);
    if (memo === undefined) this.memo.set(key, (memo = new Map()));
    for (const token of tokenize(text)) {
      let terms = memo.get(token);
      if (terms === undefined) memo.set(token, (terms = this.process(language, token)));
      for (const term of terms) out.push(term);
    }
    return out;
  }

  text(text: Text | Keywords | undefined, out: string[] = []): string[] {
    if (!text) return out;
    for (const [language, value] of Object.entries(text)) {
      if (language === 'machine') continue; // which translations are drafts, not words
      if (Array.isArray(value)) for (const v of value as string[]) this.words(language, v, out);
      else if (typeof value === 'string') this.words(language, value, out);
    }
    return out;
  }

  private process(language: string | undefined, token: string): readonly string[] {
    const base = foldTerm(token);
    if (isStopWord(base, language)) return [];
    this.known.add(base);
    if (language === undefined) return [base];
    const stem = stemIn(token, language);
    if (stem === base || stem.length < 3) return [base];
    this.known.add(stem);
    return [base, stem];
  }
}

/**
 * The vocabulary as the query side needs it: a folded word (or its stem) → the German words of its
 * entries, to search too; and the entries' phrases ("kira yardımı", "детский сад"), which lead to
 * their German words when every word of the phrase is in the query.
 */
interface Synonyms {
  words: [string, string[]][];
  phrases: { tokens: string[][]; targets: string[] }[];
}

function synonymsOf(vocabulary: readonly VocabularyEntry[], terms: TermMaker): Synonyms {
  const words = new Map<string, Set<string>>();
  const phrases: Synonyms['phrases'] = [];
  for (const entry of vocabulary) {
    // The directory's German (not Leichte Sprache's everyday phrases, whose "Baby" or "Geld" would lead everywhere).
    const targets = [...new Set((entry.words.de ?? []).flatMap((word) => terms.words('de', word)))];
    for (const [language, list] of Object.entries(entry.words)) {
      for (const word of list ?? []) {
        // Filtered like the query: function words and fillers of every language.
        const tokens = tokenize(word).filter((token) => !isStopWord(foldTerm(token)));
        const keys = tokens.map((token) => [...new Set([foldTerm(token), stemIn(token, language)])]);
        if (keys.length > 1) phrases.push({ tokens: keys, targets });
        if (keys.length !== 1) continue;
        for (const key of keys[0]!) {
          let set = words.get(key);
          if (set === undefined) words.set(key, (set = new Set()));
          for (const target of targets) set.add(target);
        }
      }
    }
  }
  return { words: [...words].map(([key, set]) => [key, [...set].slice(0, MAX_SYNONYMS)]), phrases };
}

interface Variant {
  term: string;
  /** Typo tolerance: for the word as typed when the index does not know it, not for stems and synonyms. */
  loose: boolean;
  weight: number;
}

interface SearchHit {
  entry: DirectoryEntry;
  score: number;
}

export interface DirectorySearch {
  /** Entries best first; an empty or blank query gives an empty list. */
  search(query: string): SearchHit[];
  /** The town a query names (it filters the results), if any. */
  townOf(query: string): MunicipalityCode | undefined;
}

/** What the query side needs of a service besides the index: where it is offered, whether it is an office. */
interface SearchDoc {
  area: Service['serviceArea'];
  office: boolean;
  order: number;
}

/**
 * A built search as plain data (strings, arrays and typed arrays): what is stored on the phone, so
 * a search after a cold start does not build the index again. `searchFromData` makes it searchable.
 */
export interface SearchData {
  index: TermIndexData;
  /** Every term the index knows (also stems and the vocabulary's words): the query side's dictionary. */
  known: string[];
  synonyms: Synonyms;
  towns: TownNames;
  /** One per service, in the order of the entries it was built from. */
  docs: SearchDoc[];
}

/** A service found by a query: its position in the entries the search was built from. */
interface DocHit {
  doc: number;
  score: number;
}

export interface DocSearch {
  /** Services best first, as positions in the entries; an empty or blank query gives an empty list. */
  search(query: string): DocHit[];
  /**
   * The same positions, best first, in a typed array of their own (the search worker's answer, sent
   * to the page by transfer): no object per service found, so a query of thousands of hits leaves
   * next to no garbage.
   */
  docs(query: string): Int32Array;
  townOf(query: string): MunicipalityCode | undefined;
}

export function createDirectorySearch(
  entries: readonly DirectoryEntry[],
  topicLabels: TopicLabels = {},
  towns: TownNames = {},
  vocabulary: readonly VocabularyEntry[] = [],
): DirectorySearch {
  const search = searchDocs(buildSearchData(entries, topicLabels, towns, vocabulary));
  return {
    townOf: (query) => search.townOf(query),
    search: (query) => search.found(query, (doc, score) => ({ entry: entries[doc]!, score })),
  };
}

/** Builds the index of the entries (the costly part: seconds for thousands of services on a slow phone). */
export function buildSearchData(
  entries: readonly DirectoryEntry[],
  topicLabels: TopicLabels = {},
  towns: TownNames = {},
  vocabulary: readonly VocabularyEntry[] = [],
): SearchData {
  const terms = new TermMaker();
  const byTopic = new Map<string, VocabularyEntry[]>();
  for (const entry of vocabulary) {
    for (const topic of entry.topics ?? []) byTopic.set(topic, [...(byTopic.get(topic) ?? []), entry]);
  }
  // Many services share one set of topics, towns, names: count their terms once.
  const shared = new Map<string, FieldTerms>();
  const once = (key: string, make: () => string[]) => {
    let counted = shared.get(key);
    if (counted === undefined) shared.set(key, (counted = countTerms(make())));
    return counted;
  };
  const topicLabelTerms = (codes: readonly string[]) =>
    once(`t:${codes.join()}`, () =>
      codes.flatMap((code) => [code, ...(topicLabels[code] ?? []).flatMap((label) => terms.words(undefined, label))]),
    );
  const topicVocabularyTerms = (codes: readonly string[]) =>
    once(`v:${codes.join()}`, () =>
      codes.flatMap((code) => (byTopic.get(code) ?? []).flatMap((e) => terms.text(e.words))),
    );
  const townTerms = (codes: readonly string[]) =>
    once(`m:${codes.join()}`, () => codes.flatMap((code) => terms.words(undefined, towns[code] ?? code)));
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
  entries.forEach((entry, doc) => {
    const { service, organization } = entry;
    const area = service.serviceArea;
    const name = terms.text(service.name);
    const organizationName = terms.text(organization.name);
    const keywords = terms.text(service.keywords);
    const document: SearchDocument = {
      name,
      organization: organizationName,
      summary: terms.text(service.summary),
      description: terms.text(service.description),
      keywords,
      topics: topicLabelTerms(service.topics.filter((code) => topicLabels[code])),
      vocabulary: topicVocabularyTerms(service.topics.filter((code) => byTopic.has(code))),
      towns: townTerms(area.scope === 'municipality' ? area.municipalities : []),
      parts: [...name, ...organizationName, ...keywords].flatMap(tailsOf),
    };
    FIELDS.forEach((field, f) => {
      const value = document[field];
      index.add(doc, f, Array.isArray(value) ? countTerms(value) : value);
    });
  });
  index.finish();
  const synonyms = synonymsOf(vocabulary, terms);
  return {
    index: index.data(),
    known: [...terms.known],
    synonyms,
    towns,
    docs: entries.map(({ service, order }) => ({
      area: service.serviceArea,
      office: service.role !== undefined,
      order,
    })),
  };
}

/** The query side over built (or stored) search data. */
export function searchFromData(data: SearchData): DocSearch {
  const search = searchDocs(data);
  return {
    townOf: (query) => search.townOf(query),
    search: (query) => search.found(query, (doc, score) => ({ doc, score })),
    docs: (query) => search.docs(query),
  };
}

/**
 * The query side, answering with whatever hit object the caller makes (entries on the page), so each
 * query makes one object per service found and no more, or with the positions alone in a typed
 * array (`docs`, the search worker's answer), so it makes none.
 */
function searchDocs(data: SearchData) {
  const index = TermIndex.fromData(data.index);
  const knownTerms = new Set(data.known);
  const { docs } = data;
  const townCodes = townLookup(data.towns);
  const synonyms = { words: new Map(data.synonyms.words), phrases: data.synonyms.phrases };
  const known = (part: string) => knownTerms.has(part);

  /** The alternatives for one meaningful word: as typed, its stems, its synonyms; a compound becomes its parts. */
  const conceptsOf = (word: string, allStems: readonly string[]): Variant[][] => {
    const base = foldTerm(word);
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
  const at: number[] = [];
  const phraseConcepts = (words: readonly string[], stems: readonly (readonly string[])[]): Variant[][] => {
    consumed.clear();
    const forms = words.map((word, w) => new Set([foldTerm(word), ...stems[w]!]));
    const concepts: Variant[][] = [];
    const seen = new Set<string[]>();
    // Which query word has each of the phrase's words (the first that has it); a phrase counts when all are there.
    const wordWith = (keys: readonly string[]) => forms.findIndex((f) => keys.some((key) => f.has(key)));
    for (const phrase of synonyms.phrases) {
      if (seen.has(phrase.targets)) continue;
      at.length = 0;
      for (const keys of phrase.tokens) {
        const i = wordWith(keys);
        if (i < 0) break;
        at.push(i);
      }
      if (at.length < phrase.tokens.length) continue;
      seen.add(phrase.targets);
      for (const i of at) consumed.add(words[i]!);
      concepts.push(phrase.targets.map((term) => ({ term, loose: false, weight: SYNONYM_WEIGHT })));
    }
    return concepts;
  };

  // Per query: each concept's best score per service, the sum and count over concepts, the services touched.
  // Allocated once and reused by every query (each query leaves them as it found them: zeros), so a
  // query of thousands of hits makes no working lists of its own, only its answer.
  const best = new Float64Array(docs.length);
  const total = new Float64Array(docs.length);
  const matched = new Uint16Array(docs.length);
  const touched = new Int32Array(docs.length);
  let touchedCount = 0;
  /** The services one concept matched (see addConcept). */
  const seen = new Int32Array(docs.length);
  /** The services found, in the order found, before sorting. */
  const found = new Int32Array(docs.length);
  /** Sort keys of the services found (see sortPacked). */
  const keys = new BigUint64Array(docs.length);
  const area = docsByArea(docs);
  // The directory's order per service, for ties (read from numbers, not from the docs' objects).
  const orderOf = Float64Array.from(docs, (doc) => doc.order);
  // Positions in the directory's order (as built from the entries) sort ties by position: see sortPacked.
  const packable =
    LITTLE_ENDIAN &&
    docs.length <= POSITION_MASK + 1 &&
    orderOf.every((order, i) => i === 0 || order > orderOf[i - 1]!);

  /** Adds one concept's best match per service into `total` and `matched`. */
  const addConcept = (concept: readonly Variant[]) => {
    let seenCount = 0;
    for (const { term, loose, weight } of concept) {
      // Edit distance: none for short words (too many false friends), one for most, two for long words.
      const typos = loose && term.length >= 4 ? (term.length < 7 ? 1 : 2) : 0;
      for (const match of index.lookup(term, term.length >= 3, typos)) {
        const { docs, scores } = match.postings;
        const factor = match.weight * weight;
        for (let i = 0; i < docs.length; i += 1) {
          const doc = docs[i]!;
          const score = scores[i]! * factor;
          if (best[doc] === 0) seen[seenCount++] = doc;
          if (score > best[doc]!) best[doc] = score;
        }
      }
    }
    for (let i = 0; i < seenCount; i += 1) {
      const doc = seen[i]!;
      total[doc]! += best[doc]!;
      if (matched[doc] === 0) touched[touchedCount++] = doc;
      matched[doc]! += 1;
      best[doc] = 0;
    }
  };

  /** The first `count` positions of `found`, sorted best first: by score (in `total`), then the directory's order. */
  const bestFirst = (count: number): ArrayLike<number> =>
    packable
      ? sortPacked(found, count, total, keys)
      : Array.from(found.subarray(0, count)).sort((a, b) => total[b]! - total[a]! || orderOf[a]! - orderOf[b]!);

  /**
   * Scores the services a query finds into `total` and sorts them: returns how many there are and
   * leaves their positions, best first, in `sorted`. The caller reads them and sets their `total` back to 0.
   */
  let sorted: ArrayLike<number> = found;
  const run = (query: string): number => {
    const { town, words } = parseQuery(query, townCodes);
    // Which services the town covers: its own (a flag per service) and those of the Kreis and the country.
    const ofTown = town === undefined ? undefined : (area.towns.get(town) ?? area.none);
    const inTown = (doc: number) => ofTown === undefined || area.wide[doc] === 1 || ofTown[doc] === 1;
    let foundCount = 0;
    if (words.length === 0) {
      // Only a town: its own offices (youth office, Familienbüro …) first, then its other services,
      // then those of the Kreis and the country.
      if (town === undefined) return 0;
      for (let doc = 0; doc < docs.length; doc += 1) {
        if (!inTown(doc)) continue;
        total[doc] = area.wide[doc] === 1 ? 1 : area.office[doc] === 1 ? 3 : 2;
        found[foundCount++] = doc;
      }
    } else {
      // Each word's stems once per query (the stemmers of every language of its script are the costly part).
      const stems = words.map(queryStems);
      const concepts = phraseConcepts(words, stems);
      words.forEach((word, w) => {
        if (!consumed.has(word)) for (const concept of conceptsOf(word, stems[w]!)) concepts.push(concept);
      });
      touchedCount = 0;
      for (const concept of concepts) addConcept(concept);
      // Scores into `total`; results scoring under a share of the best are left out (they match only a side word).
      let top = 0;
      for (let i = 0; i < touchedCount; i += 1) {
        const doc = touched[i]!;
        const share = matched[doc]! / concepts.length;
        matched[doc] = 0;
        if (!inTown(doc)) {
          total[doc] = -1; // left out, whatever the floor
          continue;
        }
        const score = total[doc]! * share * share;
        total[doc] = score;
        if (score > top) top = score;
      }
      const floor = top * MIN_SHARE;
      for (let i = 0; i < touchedCount; i += 1) {
        const doc = touched[i]!;
        if (total[doc]! >= floor) found[foundCount++] = doc;
        else total[doc] = 0;
      }
    }
    sorted = bestFirst(foundCount);
    return foundCount;
  };

  return {
    townOf: (query: string) => parseQuery(query, townCodes).town,
    found<T>(query: string, make: (doc: number, score: number) => T): T[] {
      const count = run(query);
      const hits = new Array<T>(count);
      for (let i = 0; i < count; i += 1) {
        const doc = sorted[i]!;
        hits[i] = make(doc, total[doc]!);
        total[doc] = 0;
      }
      return hits;
    },
    docs(query: string): Int32Array {
      const count = run(query);
      const positions = new Int32Array(count);
      for (let i = 0; i < count; i += 1) {
        const doc = sorted[i]!;
        positions[i] = doc;
        total[doc] = 0;
      }
      return positions;
    },
  };
}

const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
/** Positions take the low 21 bits of a packed key (directories up to 2 million services). */
const POSITION_MASK = 0x1fffff;

/**
 * The first `count` positions of `found`, sorted by score, best first, ties by position: as one
 * 64-bit key each, sorted by the typed array's own sort (no comparison function). A score (never
 * negative, so its bits order like its value) is inverted for "best first", and its lowest 21 bits
 * make room for the position: scores closer than two billionths of each other count as equal.
 * `keys` is the caller's buffer (at least `count` long, reused between queries); the answer is a
 * view of the same memory, valid until the next call with that buffer.
 */
export function sortPacked(
  found: ArrayLike<number>,
  count: number,
  scores: ArrayLike<number>,
  keys: BigUint64Array,
): Uint32Array {
  const packed = keys.subarray(0, count);
  const asScores = new Float64Array(packed.buffer, packed.byteOffset, count);
  const halves = new Uint32Array(packed.buffer, packed.byteOffset, 2 * count);
  for (let i = 0; i < count; i += 1) {
    const doc = found[i]!;
    asScores[i] = scores[doc]!;
    halves[2 * i + 1] = ~halves[2 * i + 1]!;
    halves[2 * i] = (~halves[2 * i]! & ~POSITION_MASK) | doc;
  }
  packed.sort();
  // The positions, in place of the keys' low halves' first `count` slots (read in order, so no key is overwritten before it is read).
  for (let i = 0; i < count; i += 1) halves[i] = halves[2 * i]! & POSITION_MASK;
  return halves.subarray(0, count);
}

/**
 * Where each service is offered, as flags the query side reads instead of the services' area
 * objects: services of the Kreis or the country (`wide`), one flag array per town for the services
 * of that town, and the town's offices. Worked out once per search, in one pass over the services.
 */
function docsByArea(docs: readonly SearchDoc[]) {
  const wide = new Uint8Array(docs.length);
  const office = new Uint8Array(docs.length);
  const towns = new Map<MunicipalityCode, Uint8Array>();
  docs.forEach((doc, i) => {
    if (doc.office) office[i] = 1;
    if (doc.area.scope !== 'municipality') {
      wide[i] = 1;
      return;
    }
    for (const code of doc.area.municipalities) {
      let flags = towns.get(code);
      if (flags === undefined) towns.set(code, (flags = new Uint8Array(docs.length)));
      flags[i] = 1;
    }
  });
  /** A town no service names: only the wide services cover it. */
  const none = new Uint8Array(docs.length);
  return { wide, office, towns, none };
}
