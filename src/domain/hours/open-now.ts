/**
 * "Open now?" for thousands of services at once (the "open now" filter, the ranking's tie-break):
 * the same answer as `openingStatusAt(…).kind === 'open'`, without what only a card needs (when it
 * closes, when it opens next, why it is closed). The day's facts (holiday today and yesterday,
 * yesterday's weekday) are worked out once per moment, not once per service.
 */
import type { Schedule } from '../directory/schema';
import type { Weekday } from '../directory/hours-schema';
import { minutesOf } from '../directory/hours-schema';
import { addDays, type BerlinMoment } from './berlin-time';
import { openingStatusAt, type OpeningStatus } from './opening-status';
import { nrwHoliday } from './holidays-nrw';

interface Day {
  date: string;
  /** Bit of the weekday (mo = 1, tu = 2 … su = 64). */
  bit: number;
  holiday: boolean;
}

const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const bitOf = (day: Weekday) => 1 << WEEKDAYS.indexOf(day);

/** A schedule's weekly hours as numbers, worked out once per schedule object. */
interface Compiled {
  intervals: { days: number; start: number; end: number; overnight: boolean; closes: number }[];
}

const compiled = new WeakMap<Schedule, Compiled>();

function compile(schedule: Schedule): Compiled {
  let result = compiled.get(schedule);
  if (result === undefined) {
    result = {
      intervals: (schedule.weekly ?? []).map((interval) => ({
        days: interval.days.reduce((bits, day) => bits | bitOf(day), 0),
        start: minutesOf(interval.opens),
        end: interval.overnight ? 1440 : minutesOf(interval.closes),
        overnight: interval.overnight === true,
        closes: minutesOf(interval.closes),
      })),
    };
    compiled.set(schedule, result);
  }
  return result;
}

/** Whether a schedule keeps its own hours on a day (the rule of day-ranges.ts's dayRule). */
function regularOn(schedule: Schedule, day: Day): boolean {
  if (schedule.closures?.some((c) => c.from <= day.date && day.date <= c.to)) return false;
  if (!day.holiday) return true;
  return schedule.holidays !== 'closed' && !(schedule.holidays === 'as-usual-unknown' && !schedule.alwaysOpen);
}

function openIn(schedule: Schedule, today: Day, yesterday: Day, minutes: number): boolean {
  if (schedule.alwaysOpen) return regularOn(schedule, today);
  for (const interval of compile(schedule).intervals) {
    if (interval.days & today.bit && interval.start <= minutes && minutes < interval.end) {
      if (regularOn(schedule, today)) return true;
    }
    // The after-midnight part of yesterday's overnight hours.
    if (interval.overnight && interval.days & yesterday.bit && minutes < interval.closes) {
      if (regularOn(schedule, yesterday)) return true;
    }
  }
  return false;
}

export type OpenNowCheck = (schedules: readonly Schedule[]) => boolean;

const checks = new WeakMap<BerlinMoment, OpenNowCheck>();

/** A check for one moment; reused for every service ranked or filtered at that moment. */
export function openNowCheck(now: BerlinMoment): OpenNowCheck {
  let check = checks.get(now);
  if (check === undefined) {
    const today: Day = { date: now.date, bit: bitOf(now.weekday), holiday: nrwHoliday(now.date) !== undefined };
    const previous = addDays(now.date, -1);
    const yesterday: Day = {
      date: previous.date,
      bit: bitOf(previous.weekday),
      holiday: nrwHoliday(previous.date) !== undefined,
    };
    check = (schedules) => {
      for (const schedule of schedules) {
        if (schedule.appointmentOnly) continue;
        if (openIn(schedule, today, yesterday, now.minutes)) return true;
      }
      return false;
    };
    checks.set(now, check);
  }
  return check;
}

/**
 * A result's opening status, worked out the first time something reads `status`: a list of
 * thousands computes the full status only for the cards it shows. (A getter in an object literal:
 * cheap to make by the thousand, unlike Object.defineProperty.)
 */
export function withLazyStatus<T extends object>(
  result: T,
  schedules: readonly Schedule[],
  now: BerlinMoment,
): T & { readonly status: OpeningStatus } {
  let status: OpeningStatus | undefined;
  return {
    ...result,
    get status() {
      return (status ??= openingStatusAt(schedules, now));
    },
  };
}
