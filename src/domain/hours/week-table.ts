/** Opening hours as a readable week (Monday first), for the detail screen. */
import type { Schedule } from '../directory/schema';
import { WEEKDAYS, minutesOf, type Weekday } from '../directory/hours-schema';

export interface DayHours {
  weekday: Weekday;
  /** Sorted by opening time; `overnight` means it closes the next morning. */
  intervals: { opens: string; closes: string; overnight: boolean }[];
}

export function weekTable(schedule: Schedule): DayHours[] {
  return WEEKDAYS.map((weekday) => ({
    weekday,
    intervals: schedule.alwaysOpen
      ? [{ opens: '00:00', closes: '24:00', overnight: false }]
      : (schedule.weekly ?? [])
          .filter((interval) => interval.days.includes(weekday))
          .map((interval) => ({
            opens: interval.opens,
            closes: interval.closes,
            overnight: interval.overnight === true,
          }))
          .sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens)),
  }));
}
