/**
 * Folding for search: parents type without umlauts, with "oe" for "ö", or with a phone keyboard
 * that drops accents. Index and query are folded the same way, so "Fröndenberg", "Froendenberg"
 * and "Frondenberg" all become "frondenberg", and "Straße" and "Strasse" become "strase".
 */
export function foldTerm(term: string): string {
  return (
    term
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/ä/g, 'a')
      .replace(/ö/g, 'o')
      .replace(/ü/g, 'u')
      .replace(/ae/g, 'a')
      .replace(/oe/g, 'o')
      .replace(/ue/g, 'u')
      .replace(/ss/g, 's')
      .replace(/ı/g, 'i') // Turkish dotless i
      // Accents and Arabic short vowels are combining marks after NFD: drop them.
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC')
  );
}

/** Words of a text: letters and digits of any script; hyphens and punctuation separate ("Kita-Platz" → kita, platz). */
export function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** Shortest compound part worth indexing on its own. */
const MIN_PART = 5;
/** Where a part may start: German compounds rarely have a first part under three letters. */
const MIN_HEAD = 3;

/**
 * The tails of a long German compound, so that a search for "beratung" finds
 * "Erziehungsberatungsstelle" (its tail "beratungsstelle" starts with the query).
 */
export function compoundTails(folded: string): string[] {
  const tails: string[] = [];
  for (let start = MIN_HEAD; start <= folded.length - MIN_PART; start += 1) tails.push(folded.slice(start));
  return tails;
}
