/** Readable opening hours for the detail screen: intervals as "08:30–12:00" (day names: ui/weekday-names.ts). */
import type { DayHours } from '../../domain/hours/week-table';

/** "08:30–12:00" for each interval of a day, or an empty list when closed; overnight ones are marked by the caller. */
export function intervalTexts(day: DayHours): { text: string; overnight: boolean }[] {
  return day.intervals.map((interval) => ({
    text: `${interval.opens}–${interval.closes}`,
    overnight: interval.overnight,
  }));
}
