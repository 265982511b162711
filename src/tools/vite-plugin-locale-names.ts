/**
 * Vite plugin: the module `virtual:locale-names`, names the app shows in every UI language, taken
 * from Node's locale data when the app is built: the weekdays (short and long, Monday first) and the
 * spoken languages most families and services in Germany name. A card's opening status and its
 * languages, and the search's language filter, then need no date formatter or language-name table
 * built on the phone: the first of each loads the phone's own locale data (35–100 ms each with a 4×
 * slower CPU, traced on a cold start's way to the first card). Anything else is still asked of the phone.
 */
import type { Plugin } from 'vite';
import { UI_LANGUAGES } from '../domain/languages';
import { localeWeekdayNames, type WeekdayNames } from '../domain/hours/weekday-names';

const LOCALE_NAMES_ID = 'virtual:locale-names';
const RESOLVED_ID = `\0${LOCALE_NAMES_ID}`;

/**
 * Spoken languages named at build time besides the UI languages: the largest groups of people who
 * moved to Germany, their neighbours' languages and the European ones counselling services offer.
 */
const SPOKEN_LANGUAGES = (
  'ku sq fr it es pt zh vi ti so ps sr hr bs mk el hu cs sk ur hi ta am ha yo ig sw ne bn ka hy az ky uz ln ff wo ' +
  'nl da sv lt lv et fi he'
).split(' ');

export interface LocaleNames {
  weekdays: WeekdayNames;
  /** Language names by UI language, then by spoken language code; other languages with their own name only. */
  languages: Record<string, Record<string, string>>;
}

/** The names for every UI language. */
export function builtLocaleNames(): LocaleNames {
  const spoken = [...new Set([...UI_LANGUAGES.map((l) => l.code.split('-')[0]!), ...SPOKEN_LANGUAGES])];
  const weekdays: Record<string, { short: readonly string[]; long: readonly string[] }> = {};
  const languages: Record<string, Record<string, string>> = {};
  for (const { code } of UI_LANGUAGES) {
    weekdays[code] = { short: localeWeekdayNames(code, 'short'), long: localeWeekdayNames(code, 'long') };
    // As the app asks (src/app/ui/language-names.ts): German for a UI language the data lacks.
    const names = new Intl.DisplayNames([code, 'de'], { type: 'language' });
    languages[code] = Object.fromEntries(spoken.map((spokenCode) => [spokenCode, names.of(spokenCode) ?? spokenCode]));
  }
  // Each other language in its own words as well ("Kurdî – Kurdisch" in the search's language filter).
  for (const spokenCode of spoken) {
    languages[spokenCode] ??= {
      [spokenCode]: new Intl.DisplayNames([spokenCode, 'de'], { type: 'language' }).of(spokenCode) ?? spokenCode,
    };
  }
  return { weekdays, languages };
}

export function localeNamesPlugin(): Plugin {
  return {
    name: 'bff-locale-names',
    resolveId(id) {
      return id === LOCALE_NAMES_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      return id === RESOLVED_ID ? `export default ${JSON.stringify(builtLocaleNames())};\n` : undefined;
    },
  };
}
