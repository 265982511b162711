/** Calendar dates (no time of day) in the family's language: "12. März 2027" / "12 March 2027". */
import type { CalendarDate } from '../../domain/timeline/calendar-date';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A YYYY-MM-DD date or a calendar date, formatted in UTC from its own fields, so no time zone shifts the day.
 * Building a DateTimeFormat is costly on a slow phone: one per language serves every call.
 */
export function formatCalendarDate(date: string | CalendarDate, language: string): string {
  const { year, month, day } =
    typeof date === 'string' ? (([y, m, d]) => ({ year: y!, month: m!, day: d! }))(date.split('-').map(Number)) : date;
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(Date.UTC(year, month - 1, day));
}
