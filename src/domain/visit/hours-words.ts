/**
 * Opening hours as short lines of words ("Mo.–Fr. 08:30–12:00", "Di. 14:00–18:00") for places where a
 * table does not fit: the handout, the vCard's NOTE and the shared text. Days with the same hours are
 * joined into ranges so a whole week fits in one or two lines.
 */
import type { Schedule } from '../directory/schema';
import type { Weekday } from '../directory/hours-schema';
import { weekTable, type DayHours } from '../hours/week-table';

/** The few fixed phrases the lines need, in the reader's language (the caller translates). */
export interface HoursWords {
  alwaysOpen: string;
  appointmentOnly: string;
}

const ORDER: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const MONDAY_2024 = Date.UTC(2024, 0, 1); // 1 January 2024 was a Monday

/** "Mo." / "Mon" / "Pzt" in the given language. */
export function shortDayName(weekday: Weekday, language: string): string {
  const date = MONDAY_2024 + ORDER.indexOf(weekday) * 86_400_000;
  return new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(date);
}

const dayKey = (day: DayHours) => day.intervals.map((i) => `${i.opens}–${i.closes}`).join(', ');

/** One schedule as lines: runs of consecutive days with equal hours become "Mo.–Fr. …". */
export function scheduleLines(schedule: Schedule, language: string, words: HoursWords): string[] {
  if (schedule.alwaysOpen) return [words.alwaysOpen];
  const lines: string[] = [];
  if (schedule.appointmentOnly) lines.push(words.appointmentOnly);
  const week = weekTable(schedule);
  let start = 0;
  while (start < week.length) {
    const key = dayKey(week[start]!);
    let end = start;
    while (end + 1 < week.length && dayKey(week[end + 1]!) === key) end += 1;
    if (key !== '') {
      const first = shortDayName(week[start]!.weekday, language);
      const days = end === start ? first : `${first}–${shortDayName(week[end]!.weekday, language)}`;
      lines.push(`${days} ${key}`);
    }
    start = end + 1;
  }
  return lines;
}
