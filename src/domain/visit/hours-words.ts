/**
 * Opening hours as short lines of words ("Mo.–Fr. 08:30–12:00", "Di. 14:00–18:00") for places where a
 * table does not fit: the handout, the vCard's NOTE and the shared text. Days with the same hours are
 * joined into ranges so a whole week fits in one or two lines.
 */
import type { Schedule } from '../directory/schema';
import { weekdayName } from '../hours/weekday-names';
import { weekTable, type DayHours } from '../hours/week-table';

/** The few fixed phrases the lines need, in the reader's language (the caller translates). */
export interface HoursWords {
  alwaysOpen: string;
  appointmentOnly: string;
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
      const first = weekdayName(week[start]!.weekday, language);
      const days = end === start ? first : `${first}–${weekdayName(week[end]!.weekday, language)}`;
      lines.push(`${days} ${key}`);
    }
    start = end + 1;
  }
  return lines;
}
