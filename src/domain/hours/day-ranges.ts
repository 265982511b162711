/**
 * Which minutes of one local day a schedule is open, before any "now" comes into play.
 * A range is [start, end) in minutes since local midnight; 1440 is the end of the day.
 */
import type { Closure, Schedule } from '../directory/schema';
import type { Weekday } from '../directory/hours-schema';
import { minutesOf } from '../directory/hours-schema';
import { addDays } from './berlin-time';
import { nrwHoliday, type HolidayKey } from './holidays-nrw';

export interface Range {
  start: number;
  end: number;
}

export type ClosedReason = { kind: 'holiday'; holiday: HolidayKey } | { kind: 'closure'; closure: Closure };

/** How a schedule treats a whole day: its own hours, closed for a reason, or not known (a holiday nobody decided). */
export type DayRule = { kind: 'regular' } | { kind: 'closed'; reason: ClosedReason } | { kind: 'unknown' };

export function dayRule(schedule: Schedule, date: string): DayRule {
  const closure = schedule.closures?.find((c) => c.from <= date && date <= c.to);
  if (closure) return { kind: 'closed', reason: { kind: 'closure', closure } };
  const holiday = nrwHoliday(date);
  if (holiday) {
    if (schedule.holidays === 'closed') return { kind: 'closed', reason: { kind: 'holiday', holiday } };
    if (schedule.holidays === 'as-usual-unknown' && !schedule.alwaysOpen) return { kind: 'unknown' };
  }
  return { kind: 'regular' };
}

/** Ranges that start on this day (an overnight interval runs to 24:00 here and spills into the next day). */
function ownRanges(schedule: Schedule, weekday: Weekday): Range[] {
  if (schedule.alwaysOpen) return [{ start: 0, end: 1440 }];
  return (schedule.weekly ?? [])
    .filter((interval) => interval.days.includes(weekday))
    .map((interval) => ({
      start: minutesOf(interval.opens),
      end: interval.overnight ? 1440 : minutesOf(interval.closes),
    }));
}

/** The after-midnight part of the previous day's overnight intervals. */
function spillRanges(schedule: Schedule, previousWeekday: Weekday): Range[] {
  if (schedule.alwaysOpen) return [];
  return (schedule.weekly ?? [])
    .filter((interval) => interval.overnight && interval.days.includes(previousWeekday))
    .map((interval) => ({ start: 0, end: minutesOf(interval.closes) }))
    .filter((range) => range.end > 0);
}

export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Open ranges of one schedule on one local date, honouring closures, holidays and overnight spill. */
export function openRangesOn(schedule: Schedule, date: string, weekday: Weekday): Range[] {
  const ranges: Range[] = [];
  if (dayRule(schedule, date).kind === 'regular') ranges.push(...ownRanges(schedule, weekday));
  const previous = addDays(date, -1);
  if (dayRule(schedule, previous.date).kind === 'regular') ranges.push(...spillRanges(schedule, previous.weekday));
  return mergeRanges(ranges);
}
