/** Calendar dates in the family's language, and today in Germany, for the timeline's screens. */
import { calendarDateAt, type CalendarDate } from '../../domain/timeline/calendar-date';

const formats = new Map<string, Intl.DateTimeFormat>();

/** "12. März 2027" / "12 March 2027": formatted in UTC from the date's own fields, so no time zone shifts the day. */
export function formatCalendarDate(date: CalendarDate, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    formats.set(language, format);
  }
  return format.format(Date.UTC(date.year, date.month - 1, date.day));
}

export function today(): CalendarDate {
  return calendarDateAt(new Date());
}
