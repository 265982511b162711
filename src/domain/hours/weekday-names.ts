/**
 * Weekday names in a language ("Mo." / "Montag", "Pzt" / "Pazartesi"), Monday first, from the locale
 * data of the runtime: Node's when the app is built (virtual:locale-names), the phone's otherwise.
 * The first date formatter a page builds loads the phone's date data (35–75 ms with a 4× slower CPU,
 * traced on a cold start's way to the first card), so the app passes the names it was built with and
 * the phone's data is asked only for a language they lack.
 */
import { WEEKDAYS, type Weekday } from '../directory/hours-schema';
import { utcWeekday } from './berlin-time';

export type WeekdayStyle = 'long' | 'short';
/** Names by language code and style, Monday first. */
export type WeekdayNames = Readonly<Record<string, Readonly<Partial<Record<WeekdayStyle, readonly string[]>>>>>;

const MONDAY_2024 = Date.UTC(2024, 0, 1); // 1 January 2024 was a Monday

// One formatter per language and style: building one is the costly part.
const fromLocaleData = new Map<string, readonly string[]>();

/** The seven names from this runtime's locale data. */
export function localeWeekdayNames(language: string, style: WeekdayStyle): readonly string[] {
  const key = `${language}|${style}`;
  let names = fromLocaleData.get(key);
  if (!names) {
    const format = new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' });
    names = WEEKDAYS.map((_, i) => format.format(MONDAY_2024 + i * 86_400_000));
    fromLocaleData.set(key, names);
  }
  return names;
}

/** One weekday's name: from `known` when it has the language, else from the locale data. */
export function weekdayName(
  weekday: Weekday,
  language: string,
  style: WeekdayStyle = 'short',
  known?: WeekdayNames,
): string {
  const names = known?.[language]?.[style] ?? localeWeekdayNames(language, style);
  return names[WEEKDAYS.indexOf(weekday)]!;
}

/** The weekday of a calendar date (YYYY-MM-DD). */
export function weekdayOf(date: string): Weekday {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return utcWeekday(Date.UTC(y, m - 1, d));
}
