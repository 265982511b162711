/**
 * Folding for search: parents type without umlauts, with "oe" for "ö", or with a phone keyboard
 * that drops accents. Index and query are folded the same way, so "Fröndenberg", "Froendenberg"
 * and "Frondenberg" all become "frondenberg", and "Straße" and "Strasse" become "strase".
 * Arabic and Persian: the letter variants that keyboards mix (ي/ی/ى, ك/ک, ة/ه, hamza on alif,
 * waw and ya) become one letter, and the article ال is dropped ("الطفل" → "طفل").
 */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ی: 'ي', // Persian ya
  ى: 'ي', // alif maqsura
  ئ: 'ي',
  ک: 'ك', // Persian kaf
  ة: 'ه', // ta marbuta
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  ـ: '', // tatweel (stretching)
};
const ARABIC_VARIANTS = /[یىئکةأإآٱؤـ]/g;
/** The article, also after "and", "with", "like", "so" (وال، بال، كال، فال); "لل" is "for the". */
const ARABIC_ARTICLE = /^(?:[وبكف]?ال|لل)(?=.{2,})/;

export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  // Most words of a German directory are plain ASCII: only "ae", "oe", "ue" and "ss" to fold.
  if (/^[a-z0-9]*$/.test(lower)) return lower.replace(/ae|oe|ue/g, (pair) => pair[0]!).replace(/ss/g, 's');
  const folded = lower
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/ss/g, 's')
    .replace(/ı/g, 'i') // Turkish dotless i
    .replace(/ł/g, 'l') // Polish, typed as l without Polish letters
    // Accents and Arabic short vowels are combining marks after NFD: drop them.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC');
  if (!/[\u0600-\u06FF]/.test(folded)) return folded;
  return folded.replace(ARABIC_VARIANTS, (letter) => ARABIC_LETTERS[letter] ?? letter).replace(ARABIC_ARTICLE, '');
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
