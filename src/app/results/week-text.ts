/** Readable opening hours for the detail screen: weekday names in the UI language, intervals as "08:30–12:00". */
import type { Weekday } from '../../domain/directory/hours-schema';
import type { DayHours } from '../../domain/hours/week-table';

const MONDAY_2024 = Date.UTC(2024, 0, 1); // 1 January 2024 was a Monday
const ORDER: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** "Montag" / "Monday" (style long) or "Mo" / "Mon" (short). */
export function weekdayName(weekday: Weekday, language: string, style: 'long' | 'short' = 'long'): string {
  const date = MONDAY_2024 + ORDER.indexOf(weekday) * 86_400_000;
  return new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(date);
}

/** "08:30–12:00" for each interval of a day, or an empty list when closed; overnight ones are marked by the caller. */
export function intervalTexts(day: DayHours): { text: string; overnight: boolean }[] {
  return day.intervals.map((interval) => ({
    text: `${interval.opens}–${interval.closes}`,
    overnight: interval.overnight,
  }));
}
