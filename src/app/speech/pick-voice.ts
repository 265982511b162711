/**
 * Which of the phone's voices reads a text aloud. Pure logic (no speechSynthesis here), so it can be
 * tested with fake voices.
 *
 * Only voices with `localService: true` count: a remote voice would send the text to a speech server,
 * and the app promises that nothing leaves the phone. No suitable voice means no read-aloud button.
 */
export interface VoiceLike {
  readonly name: string;
  /** BCP 47 tag as the browser reports it, e.g. "ar-SA"; some Android versions write "ar_SA". */
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** The region to prefer when the phone has several local voices for one language. */
const PREFERRED_REGION: Readonly<Record<string, string>> = {
  de: 'de-de',
  en: 'en-gb',
  tr: 'tr-tr',
  fa: 'fa-ir',
  uk: 'uk-ua',
  ru: 'ru-ru',
  pl: 'pl-pl',
  ro: 'ro-ro',
  bg: 'bg-bg',
};

const normalise = (tag: string) => tag.trim().replace(/_/g, '-').toLowerCase();
const primary = (tag: string) => normalise(tag).split('-')[0] ?? '';

function score(voice: VoiceLike, wanted: string): number {
  const tag = normalise(voice.lang);
  let points = 0;
  if (tag === wanted) points += 4; // the exact tag asked for, e.g. "de-AT" for "de-AT"
  if (tag === PREFERRED_REGION[primary(wanted)]) points += 2;
  if (voice.default) points += 1; // the voice the owner chose in the phone's settings
  return points;
}

/**
 * The best local voice for `lang` (a UI language code such as "ar" or a tag such as "de-DE"), or
 * undefined when the phone has none. Among equals the phone's own order wins.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = normalise(lang);
  const candidates = voices.filter((v) => v.localService && primary(v.lang) === primary(wanted));
  let best: V | undefined;
  let bestScore = -1;
  for (const voice of candidates) {
    const points = score(voice, wanted);
    if (points > bestScore) {
      best = voice;
      bestScore = points;
    }
  }
  return best;
}

/**
 * Splits a long text into pieces of at most `max` characters at sentence (or, failing that, word)
 * ends: some speech engines stop silently in the middle of very long utterances.
 */
export function splitForSpeech(text: string, max = 220): string[] {
  const sentences = text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?؟۔:;])\s+/u)
    .filter((s) => s !== '');
  const pieces: string[] = [];
  for (const sentence of sentences) {
    let rest = sentence;
    while (rest.length > max) {
      const cut = rest.lastIndexOf(' ', max);
      const at = cut > 0 ? cut : max;
      pieces.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    const last = pieces[pieces.length - 1];
    if (last !== undefined && last.length + rest.length + 1 <= max && /[.!?؟۔:;]$/u.test(last)) {
      pieces[pieces.length - 1] = `${last} ${rest}`;
    } else if (rest !== '') {
      pieces.push(rest);
    }
  }
  return pieces;
}

/**
 * A phone number as it should be read aloud: digit by digit, with a pause between the groups, so a
 * listener can dial or write it down ("0800 111 0 550" → "0 8 0 0, 1 1 1, 0, 5 5 0").
 */
export function spokenNumber(display: string): string {
  return display
    .split(/\s+/)
    .filter((group) => group !== '')
    .map((group) => [...group].join(' '))
    .join(', ');
}
