/**
 * Query-side splitting of German compounds against the index's own vocabulary: parents write
 * "kitaplatz", "suchtberatung" or "jugendnotdienst" where the directory says "Kita-Platz",
 * "Sucht- und Drogenberatung" and "Notdienst des Jugendamts". A word the index does not know is
 * split into the fewest known parts (with the linking "s", "n", "en", "es", "e" between them).
 *
 * No library: the npm packages for German decompounding ship dictionaries of hundreds of KB; the
 * index's own words are the dictionary that matters here, and they are already in memory.
 */

/** Shortest part: "kita", "amt" and "arzt" are parts, two letters never are. */
const MIN_PART = 3;
const LINKS = ['', 's', 'n', 'en', 'es', 'e'] as const;
/** More parts than this is no compound but a coincidence of short words. */
const MAX_PARTS = 3;

const shortest = (parts: readonly string[]) => Math.min(...parts.map((part) => part.length));

/** Fewer parts win; among as many, the split whose shortest part is longer ("kinder|garten", not "kind|ergarten"). */
function fewerOrEvener(candidate: readonly string[], current: readonly string[]): boolean {
  if (candidate.length !== current.length) return candidate.length < current.length;
  return shortest(candidate) > shortest(current);
}

/**
 * The parts of `word` (folded) that `known` accepts, fewest and evenest first; undefined when the
 * word cannot be split (or is too short to be a compound).
 */
export function splitCompound(word: string, known: (part: string) => boolean): string[] | undefined {
  if (word.length < 2 * MIN_PART) return undefined;
  // best[i]: the fewest parts that cover word[0, i), or undefined.
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(word.length + 1);
  best[0] = [];
  for (let end = MIN_PART; end <= word.length; end += 1) {
    for (let start = 0; start <= end - MIN_PART; start += 1) {
      const before = best[start];
      if (before === undefined || before.length >= MAX_PARTS) continue;
      const part = word.slice(start, end);
      if (!known(part)) continue;
      const candidate = [...before, part];
      // Skip a link after the part: "erziehung|s|beratung", "kinder|n|..." .
      for (const link of LINKS) {
        const next = end + link.length;
        if (next > word.length || word.slice(end, next) !== link) continue;
        const current = best[next];
        if (current === undefined || fewerOrEvener(candidate, current)) best[next] = candidate;
      }
    }
  }
  const parts = best[word.length];
  return parts && parts.length >= 2 ? parts : undefined;
}
