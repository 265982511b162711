/**
 * "Open now?" for thousands of services at once (the "open now" filter, the ranking's tie-break):
 * the same answer as `openingStatusAt(…).kind === 'open'`, without what only a card needs (when it
 * closes, when it opens next, why it is closed). The day's facts (holiday today and yesterday,
 * yesterday's weekday) are worked out once per moment, not once per service.
 */
import type { Schedule } from '../directory/schema';
import { minutesOf, WEEKDAYS, type Weekday } from '../directory/hours-schema';
import { addDays, type BerlinMoment } from './berlin-time';
import { openingStatusAt, type OpeningStatus } from './opening-status';
import { nrwHoliday } from './holidays-nrw';

interface Day {
  date: string;
  /** Bit of the weekday (mo = 1, tu = 2 … su = 64). */
  bit: number;
  holiday: boolean;
}

const bitOf = (day: Weekday) => 1 << WEEKDAYS.indexOf(day);

/*
 * A service's schedules as one flat list of numbers, worked out once per schedules list: five per
 * weekly interval (what the schedule is, the weekday bits, opening and closing minute, the closing
 * minute of overnight hours) and one row for a schedule that is always open. Checking thousands of
 * services then reads one small typed array each instead of walking their objects.
 */
const ROW = 5;
/** Flags of a row's first number; the schedule's place in the list sits above them. */
const ALWAYS_OPEN = 1;
const OVERNIGHT = 2;
const HAS_CLOSURES = 4;
const OPEN_ON_HOLIDAYS = 8;
const PLACE = 16;

interface Compiled {
  /** The schedules the rows refer to (closures are checked on them). */
  schedules: readonly Schedule[];
  rows: Int32Array;
}

const compiled = new WeakMap<readonly Schedule[], Compiled>();

function compile(schedules: readonly Schedule[]): Compiled {
  let result = compiled.get(schedules);
  if (result === undefined) {
    const rows: number[] = [];
    schedules.forEach((schedule, place) => {
      if (schedule.appointmentOnly) return;
      // The rule of day-ranges.ts's dayRule: on a holiday, the schedule's own hours only when it says so.
      const onHolidays =
        schedule.holidays !== 'closed' && !(schedule.holidays === 'as-usual-unknown' && !schedule.alwaysOpen);
      const flags =
        place * PLACE + (schedule.closures?.length ? HAS_CLOSURES : 0) + (onHolidays ? OPEN_ON_HOLIDAYS : 0);
      if (schedule.alwaysOpen) {
        rows.push(flags | ALWAYS_OPEN, 0, 0, 0, 0);
        return;
      }
      for (const interval of schedule.weekly ?? []) {
        rows.push(
          flags | (interval.overnight ? OVERNIGHT : 0),
          interval.days.reduce((bits, day) => bits | bitOf(day), 0),
          minutesOf(interval.opens),
          interval.overnight ? 1440 : minutesOf(interval.closes),
          minutesOf(interval.closes),
        );
      }
    });
    result = { schedules, rows: Int32Array.from(rows) };
    compiled.set(schedules, result);
  }
  return result;
}

/** Whether a schedule keeps its own hours on a day (the rule of day-ranges.ts's dayRule). */
function regularOn(flags: number, schedules: readonly Schedule[], day: Day): boolean {
  if (flags & HAS_CLOSURES) {
    const schedule = schedules[Math.floor(flags / PLACE)]!;
    if (schedule.closures!.some((c) => c.from <= day.date && day.date <= c.to)) return false;
  }
  return !day.holiday || (flags & OPEN_ON_HOLIDAYS) !== 0;
}

export type OpenNowCheck = (schedules: readonly Schedule[]) => boolean;

const checks = new WeakMap<BerlinMoment, OpenNowCheck>();
/** The moment asked last and its check: a filter asks once per service, always for the same moment. */
let last: { now: BerlinMoment; check: OpenNowCheck } | undefined;

/** A check for one moment; reused for every service ranked or filtered at that moment. */
export function openNowCheck(now: BerlinMoment): OpenNowCheck {
  if (last?.now === now) return last.check;
  let check = checks.get(now);
  if (check === undefined) {
    const today: Day = { date: now.date, bit: bitOf(now.weekday), holiday: nrwHoliday(now.date) !== undefined };
    const previous = addDays(now.date, -1);
    const yesterday: Day = {
      date: previous.date,
      bit: bitOf(previous.weekday),
      holiday: nrwHoliday(previous.date) !== undefined,
    };
    const { minutes } = now;
    check = (schedules) => {
      if (schedules.length === 0) return false;
      const { rows } = compile(schedules);
      for (let i = 0; i < rows.length; i += ROW) {
        const flags = rows[i]!;
        if (flags & ALWAYS_OPEN) {
          if (regularOn(flags, schedules, today)) return true;
          continue;
        }
        const days = rows[i + 1]!;
        if (days & today.bit && rows[i + 2]! <= minutes && minutes < rows[i + 3]!) {
          if (regularOn(flags, schedules, today)) return true;
        }
        // The after-midnight part of yesterday's overnight hours.
        if (flags & OVERNIGHT && days & yesterday.bit && minutes < rows[i + 4]!) {
          if (regularOn(flags, schedules, yesterday)) return true;
        }
      }
      return false;
    };
    checks.set(now, check);
  }
  last = { now, check };
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
