/**
 * What a typed query means before it meets the index: the town it names (which becomes the town
 * filter), and the words that carry meaning (stop words dropped, unless nothing else is left).
 */
import type { MunicipalityCode } from '../directory/schema';
import { foldTerm, tokenize } from './fold';
import { isStopWord } from './languages';

export type TownNames = Partial<Record<MunicipalityCode, string>>;

export interface ParsedQuery {
  /** The town named in the query, as a code. */
  town?: MunicipalityCode;
  /** The remaining words as typed (not folded), in their order. */
  words: string[];
}

/**
 * Folded first word of each town's name → its code ("Fröndenberg/Ruhr" is "frondenberg"). Whole
 * words only: "kamen" names Kamen, never the tail of "Bergkamen"; no typo tolerance, so "bogen"
 * never becomes Bönen.
 */
export function townLookup(towns: TownNames): Map<string, MunicipalityCode> {
  const lookup = new Map<string, MunicipalityCode>();
  for (const [code, name] of Object.entries(towns)) {
    const first = tokenize(name ?? '')[0];
    if (first) lookup.set(foldTerm(first), code);
  }
  return lookup;
}

export function parseQuery(query: string, towns: ReadonlyMap<string, MunicipalityCode>): ParsedQuery {
  let town: MunicipalityCode | undefined;
  const rest: string[] = [];
  for (const word of tokenize(query)) {
    const code = towns.get(foldTerm(word));
    if (code !== undefined && town === undefined) town = code;
    else if (code === undefined || code !== town) rest.push(word);
  }
  // A word typed twice means it once.
  const unique = rest.filter((word, i) => rest.findIndex((other) => foldTerm(other) === foldTerm(word)) === i);
  const meaningful = unique.filter((word) => !isStopWord(foldTerm(word)));
  return { ...(town !== undefined && { town }), words: meaningful.length > 0 ? meaningful : unique };
}
