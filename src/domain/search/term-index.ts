/**
 * A lean inverted index for the search: every term's postings (which services, how strongly) are
 * scored once when the index is built (BM25+ over weighted fields, as MiniSearch scores them), so a
 * query only looks terms up and adds numbers in typed arrays. Term lookup (exact, prefix, typos)
 * uses MiniSearch's radix tree (`minisearch/SearchableMap`). At 10,000 services a query with
 * thousands of hits stays within a few milliseconds, where building MiniSearch's result objects
 * for every hit took tens.
 */
import SearchableMap from 'minisearch/SearchableMap';

/** BM25+ as MiniSearch uses it: term saturation, length normalization, a floor for long fields. */
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Weights of a term found by prefix or with a typo, relative to the exact term (MiniSearch's). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

interface Postings {
  docs: Int32Array;
  scores: Float32Array;
}

/** A term of the index that a query term matched, and how much that match counts. */
export interface TermMatch {
  postings: Postings;
  weight: number;
}

/** How often each term occurs in one field of one document, and the field's length in terms. */
export interface FieldTerms {
  counts: ReadonlyMap<string, number>;
  length: number;
}

/**
 * A finished index as plain data, to store it on the phone: the terms in id order, and every
 * term's postings one after the other in two typed arrays (term i's are from offsets[i] to offsets[i + 1]).
 */
export interface TermIndexData {
  size: number;
  terms: string[];
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float32Array;
}

export function countTerms(terms: readonly string[]): FieldTerms {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return { counts, length: terms.length };
}

export class TermIndex {
  private ids = new SearchableMap<number>();
  /** While building: a plain map (the radix tree is built once, in finish). */
  private readonly building = new Map<string, number>();
  private readonly raw: { docs: number[]; fields: number[]; tfs: number[] }[] = [];
  private readonly lengths: Int32Array[];
  private postings: Postings[] = [];

  constructor(
    readonly size: number,
    private readonly boosts: readonly number[],
  ) {
    this.lengths = boosts.map(() => new Int32Array(size));
  }

  /** Adds one field of one document (documents in ascending order, each field once). */
  add(doc: number, field: number, { counts, length }: FieldTerms): void {
    this.lengths[field]![doc] = length;
    for (const [term, tf] of counts) {
      let id = this.building.get(term);
      if (id === undefined) {
        id = this.raw.length;
        this.building.set(term, id);
        this.raw.push({ docs: [], fields: [], tfs: [] });
      }
      const entry = this.raw[id]!;
      entry.docs.push(doc);
      entry.fields.push(field);
      entry.tfs.push(tf);
    }
  }

  /** Scores every posting; call once after the last add. */
  finish(): void {
    const averages = this.lengths.map((lengths) => {
      let sum = 0;
      for (const length of lengths) sum += length;
      return Math.max(1, sum / Math.max(1, this.size));
    });
    this.postings = this.raw.map(({ docs, fields, tfs }) => {
      const out: number[] = [];
      const scores: number[] = [];
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        const field = fields[i]!;
        const tf = tfs[i]!;
        const norm = 1 - B + (B * this.lengths[field]![doc]!) / averages[field]!;
        const score = this.boosts[field]! * (D + (tf * (K + 1)) / (tf + K * norm));
        if (out[out.length - 1] === doc) scores[scores.length - 1]! += score;
        else {
          out.push(doc);
          scores.push(score);
        }
      }
      const idf = Math.log(1 + (this.size - out.length + 0.5) / (out.length + 0.5));
      return { docs: Int32Array.from(out), scores: Float32Array.from(scores, (s) => s * idf) };
    });
    this.raw.length = 0;
    this.ids = new SearchableMap<number>(); // a fresh tree: finish() may run only once, but never leaves two
    for (const [term, id] of this.building) this.ids.set(term, id);
    this.building.clear();
  }

  /** The finished index as plain data (after finish()). */
  data(): TermIndexData {
    const terms: string[] = new Array<string>(this.postings.length);
    for (const [term, id] of this.ids) terms[id] = term;
    const offsets = new Int32Array(this.postings.length + 1);
    this.postings.forEach((p, id) => (offsets[id + 1] = offsets[id]! + p.docs.length));
    const total = offsets[this.postings.length]!;
    const docs = new Int32Array(total);
    const scores = new Float32Array(total);
    this.postings.forEach((p, id) => {
      docs.set(p.docs, offsets[id]);
      scores.set(p.scores, offsets[id]);
    });
    return { size: this.size, terms, offsets, docs, scores };
  }

  /** An index from its data: the postings are views into the stored arrays, nothing is scored again. */
  static fromData(data: TermIndexData): TermIndex {
    const index = new TermIndex(data.size, []);
    index.postings = data.terms.map((_, id) => ({
      docs: data.docs.subarray(data.offsets[id], data.offsets[id + 1]),
      scores: data.scores.subarray(data.offsets[id], data.offsets[id + 1]),
    }));
    index.ids = new SearchableMap<number>();
    data.terms.forEach((term, id) => index.ids.set(term, id));
    return index;
  }

  has(term: string): boolean {
    return this.ids.has(term);
  }

  /** Terms of the index that `term` matches: itself, longer terms it starts (prefix), terms within `typos` edits. */
  lookup(term: string, prefix: boolean, typos: number): TermMatch[] {
    const matches = new Map<number, number>();
    const note = (id: number, weight: number) => {
      if (weight > (matches.get(id) ?? 0)) matches.set(id, weight);
    };
    const exact = this.ids.get(term);
    if (exact !== undefined) note(exact, 1);
    if (prefix) {
      for (const [found, id] of this.ids.atPrefix(term)) {
        const distance = found.length - term.length;
        if (distance > 0) note(id, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
      }
    }
    if (typos > 0) {
      for (const [, [id, distance]] of this.ids.fuzzyGet(term, typos)) {
        if (distance > 0) note(id, (FUZZY_WEIGHT * term.length) / (term.length + distance));
      }
    }
    return [...matches].map(([id, weight]) => ({ postings: this.postings[id]!, weight }));
  }
}
