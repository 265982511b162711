import * as v from 'valibot';
import { describeValue, list, picklist, strictObject, uniqueItems } from './messages';

/** Hard limits against hostile or broken input (a downloaded file is validated on the phone). */
const LIMITS = {
  text: 20_000,
  shortString: 300,
  keyword: 100,
  keywordsPerLanguage: 100,
} as const;

/** Content languages: German is the source, 'de-simple' is Leichte Sprache. */
export const LANGUAGE_CODES = ['de', 'de-simple', 'en', 'tr', 'ar', 'fa', 'uk', 'ru', 'pl', 'ro', 'bg', 'ku'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export const LanguageCodeSchema = picklist(LANGUAGE_CODES, 'Unbekannte Sprache');

/**
 * Invisible characters that change how a text is shown: control characters (line breaks and tabs
 * are fine), the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that reorder
 * text on screen ("Familienbüro" can be made to show as another name), line and paragraph separators,
 * and the byte-order mark. The joiners Persian needs (U+200C, U+200D) and the direction marks
 * (U+200E, U+200F) stay allowed.
 */
const INVISIBLE_CONTROLS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/;

/** The position (1-based) and code (U+…) of the first invisible control character, for the message. */
export function invisibleControl(text: string): string | undefined {
  const match = INVISIBLE_CONTROLS.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `an Stelle ${match.index + 1} (U+${code})`;
}

/** Refuses invisible control characters, with a message an editor can act on. */
function withoutInvisibleControls(what: string) {
  return v.check(
    (text: string) => invisibleControl(text) === undefined,
    (issue: v.CheckIssue<string>) =>
      `${what} enthält ein unsichtbares Steuerzeichen ${invisibleControl(String(issue.input)) ?? ''}. ` +
      'Es kann die Reihenfolge der Zeichen auf dem Bildschirm verdrehen. Bitte den Text neu eintippen statt ihn hineinzukopieren.',
  );
}

/** A required, trimmed, non-empty string with an upper length bound. */
export function plainString(what: string, max: number = LIMITS.shortString) {
  return v.pipe(
    v.string((issue) => `${what}: erwartet Text, gefunden ${describeValue(issue.input)}`),
    v.maxLength(max, (issue) => `${what} ist zu lang (${issue.input.length} Zeichen, höchstens ${max})`),
    v.trim(),
    v.nonEmpty(`${what} darf nicht leer sein`),
    withoutInvisibleControls(what),
  );
}

function translation(max: number, what: string) {
  return v.pipe(
    v.string((issue) => `Übersetzung: erwartet Text, gefunden ${describeValue(issue.input)}`),
    v.maxLength(max, (issue) => `${what} ist zu lang (${issue.input.length} Zeichen, höchstens ${max})`),
    v.trim(),
    v.nonEmpty('Leere Übersetzung – das Feld weglassen, solange es keine Übersetzung gibt'),
    withoutInvisibleControls(what),
  );
}

/** Schema of the `machine` field (a list of content language codes, each once). */
function machineLanguagesSchema<const TCodes extends readonly string[]>(codes: TCodes) {
  return v.optional(
    v.pipe(
      list(picklist(codes, 'Unbekannte Sprache'), codes.length, 'Sprachen'),
      uniqueItems<TCodes[number]>('Sprache'),
    ),
  );
}

/**
 * A text with translations: German (`de`) is required, every other content language optional.
 * `germanMax` is a tighter limit for German alone (e.g. 160 characters for the one-line summary).
 * `machine` lists the translations that are machine-assisted drafts (see machine-translation.ts);
 * the build sets it from the translation files.
 */
export function textSchema(germanMax: number = LIMITS.text) {
  const entries = Object.fromEntries([
    ['machine', machineLanguagesSchema(LANGUAGE_CODES.filter((code) => code !== 'de'))],
    ...LANGUAGE_CODES.map((code) => [
      code,
      code === 'de'
        ? v.pipe(
            v.string((issue) => `Deutscher Text: erwartet Text, gefunden ${describeValue(issue.input)}`),
            v.maxLength(germanMax, (issue) =>
              germanMax < LIMITS.text
                ? `Deutscher Text zu lang: ${issue.input.trim().length} Zeichen, erlaubt sind höchstens ${germanMax}`
                : `Text zu lang: ${issue.input.length} Zeichen, höchstens ${germanMax} erlaubt`,
            ),
            v.trim(),
            v.nonEmpty('Der deutsche Text (de) darf nicht leer sein'),
            withoutInvisibleControls('Der deutsche Text'),
          )
        : v.optional(translation(LIMITS.text, 'Übersetzung')),
    ]),
  ]) as unknown as { de: v.GenericSchema<string, string> } & Record<
    Exclude<LanguageCode, 'de'>,
    v.OptionalSchema<v.GenericSchema<string, string>, undefined>
  > & { machine: v.OptionalSchema<v.GenericSchema<LanguageCode[], LanguageCode[]>, undefined> };
  return strictObject(entries, 'einem Text (de: … und Übersetzungen)');
}

export const TextSchema = textSchema();
export type Text = v.InferOutput<typeof TextSchema>;

/** Synonyms for search, per content language. */
export const KeywordsSchema = strictObject(
  Object.fromEntries(
    LANGUAGE_CODES.map((code) => [
      code,
      v.optional(list(plainString('Suchwort', LIMITS.keyword), LIMITS.keywordsPerLanguage, 'Suchwörtern')),
    ]),
  ) as unknown as Record<LanguageCode, v.OptionalSchema<v.GenericSchema<string[], string[]>, undefined>>,
  'den Suchwörtern (je Sprache eine Liste)',
);
export type Keywords = v.InferOutput<typeof KeywordsSchema>;
