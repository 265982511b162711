import type { LanguageCode } from '../../../domain/directory/schema';
import { invisibleControl } from '../../../domain/directory/text';

/**
 * The checks a translator's text must pass before it is taken: numbers and placeholders kept,
 * a plausible length, the right script, no invisible control characters. Each returns the reason
 * in plain German, or undefined when the text passes.
 */

/** A translation may be this many times as long as the German (plus a little, for short texts). */
const MAX_LENGTH_FACTOR = 3;
const LENGTH_SLACK = 20;

const SCRIPTS: Partial<Record<LanguageCode, { script: RegExp; name: string; foreign?: RegExp; foreignName?: string }>> =
  {
    ar: { script: /\p{Script=Arabic}/u, name: 'arabischer Schrift' },
    fa: { script: /\p{Script=Arabic}/u, name: 'arabisch-persischer Schrift' },
    uk: { script: /\p{Script=Cyrillic}/u, name: 'kyrillischer Schrift', foreign: /[ыэъё]/iu, foreignName: 'Russisch' },
    ru: {
      script: /\p{Script=Cyrillic}/u,
      name: 'kyrillischer Schrift',
      foreign: /[іїєґ]/iu,
      foreignName: 'Ukrainisch',
    },
    bg: {
      script: /\p{Script=Cyrillic}/u,
      name: 'kyrillischer Schrift',
      foreign: /[ыэіїєґ]/iu,
      foreignName: 'Russisch oder Ukrainisch',
    },
  };

/** Arabic-Indic and Persian digits count as the same numbers. */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0)! - 0x0660) % 0x90));
}

/**
 * Groups of digits (phone numbers, times, postcodes, amounts), each once. Full hours count the same
 * written either way ("17 Uhr", "17:00"), and small numbers up to 12 are left out: translators write
 * them as words or digits as their language does ("1. Stock" → "first floor", Leichte Sprache "1 Jahr").
 */
function digitGroups(text: string): Set<string> {
  const groups = westernDigits(text)
    .replace(/\b(\d{1,2})[:.]00\b/g, '$1')
    .match(/\d+/g);
  return new Set((groups ?? []).filter((group) => group.length > 2 || group.startsWith('0') || Number(group) > 12));
}

/** The translation without the words it keeps from the German (names of places and offices, terms in brackets). */
function withoutGermanWords(german: string, translation: string): string {
  const words = new Set(german.toLowerCase().match(/\p{L}+/gu) ?? []);
  return translation.replace(/\p{Script=Latin}+/gu, (word) => (words.has(word.toLowerCase()) ? '' : word));
}

/** Placeholders a program fills in: {name}, {{count}}, %s, %d. */
function placeholders(text: string): Set<string> {
  return new Set(text.match(/\{\{[^{}]+\}\}|\{[^{}\s]+\}|%[sd]/g) ?? []);
}

const missingFrom = (from: Set<string>, to: Set<string>) => [...from].filter((item) => !to.has(item));

export function checkTranslation(language: LanguageCode, german: string, translation: string): string | undefined {
  const control = invisibleControl(translation);
  if (control)
    return `enthält ein unsichtbares Steuerzeichen ${control} (es kann die Schrift auf dem Bildschirm verdrehen)`;

  const germanDigits = digitGroups(german);
  const ownDigits = digitGroups(translation);
  const lost = missingFrom(germanDigits, ownDigits);
  const added = missingFrom(ownDigits, germanDigits);
  if (lost.length > 0 || added.length > 0) {
    const parts = [
      lost.length > 0 ? `fehlt: ${lost.join(', ')}` : '',
      added.length > 0 ? `nicht im deutschen Text: ${added.join(', ')}` : '',
    ].filter(Boolean);
    return `Zahlen stimmen nicht mit dem deutschen Text überein (${parts.join('; ')}) – Telefonnummern, Uhrzeiten und Postleitzahlen bitte genau übernehmen`;
  }

  const lostPlaceholders = missingFrom(placeholders(german), placeholders(translation));
  const addedPlaceholders = missingFrom(placeholders(translation), placeholders(german));
  if (lostPlaceholders.length > 0 || addedPlaceholders.length > 0) {
    return `Platzhalter stimmen nicht überein (${[...lostPlaceholders, ...addedPlaceholders].join(', ')}) – bitte unverändert übernehmen`;
  }

  const own = withoutGermanWords(german, translation);
  const limit = german.length * MAX_LENGTH_FACTOR + LENGTH_SLACK;
  if (own.length > limit) {
    return `viel länger als der deutsche Text (${translation.length} statt ${german.length} Zeichen, höchstens ${limit}) – steht hier ein anderer Text?`;
  }

  const expected = SCRIPTS[language];
  if (expected) {
    // Names kept in German (Bürgerhaus Holzwickede) do not count; what the translator wrote must be in the script.
    const letters = [...own].filter((c) => /\p{L}/u.test(c));
    const inScript = letters.filter((c) => expected.script.test(c)).length;
    if (letters.length > 0 && inScript * 2 < letters.length) {
      return `ist überwiegend nicht in ${expected.name} geschrieben – falsche Sprache?`;
    }
    if (expected.foreign?.test(translation)) {
      return `enthält Buchstaben, die es in dieser Sprache nicht gibt – ist es ${expected.foreignName ?? 'eine andere Sprache'}?`;
    }
  }
  return undefined;
}
