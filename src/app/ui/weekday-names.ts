/** Weekday names in the UI language, from the names the app was built with (see domain/hours/weekday-names.ts). */
import built from 'virtual:locale-names';
import type { Weekday } from '../../domain/directory/hours-schema';
import { weekdayName, weekdayOf, type WeekdayStyle } from '../../domain/hours/weekday-names';

export function dayName(weekday: Weekday, language: string, style: WeekdayStyle = 'short'): string {
  return weekdayName(weekday, language, style, built.weekdays);
}

/** "Mo." / "Mon" for a calendar date (YYYY-MM-DD). */
export function dayNameOf(date: string, language: string): string {
  return dayName(weekdayOf(date), language);
}
