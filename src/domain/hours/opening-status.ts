/**
 * "Open now?" for a service: open (until when), closed (until when, and why), by appointment only,
 * or unknown. Pure: give it the schedules and the moment; the answer is in Europe/Berlin wall time.
 */
import type { Schedule } from '../directory/schema';
import type { Weekday } from '../directory/hours-schema';
import { addDays, berlinMoment, formatMinutes, type BerlinMoment } from './berlin-time';
import { dayRule, mergeRanges, openRangesOn, type ClosedReason, type Range } from './day-ranges';

export interface LocalTime {
  date: string;
  weekday: Weekday;
  /** HH:MM; '24:00' means the end of that day. */
  time: string;
  /** 0 = today, 1 = tomorrow … */
  daysAhead: number;
}

export type OpeningStatus =
  | { kind: 'open'; alwaysOpen: true }
  | { kind: 'open'; alwaysOpen: false; closes: LocalTime; closesSoon: boolean }
  | { kind: 'closed'; opens: LocalTime | null; reason: ClosedReason | null }
  | { kind: 'appointment'; phoneHours: OpeningStatus | null }
  | { kind: 'unknown' };

/** How far ahead to look for the next opening; beyond that the card just says "closed". */
const LOOKAHEAD_DAYS = 14;
/** "Closes soon" when no more than this many minutes remain. */
const CLOSES_SOON_MINUTES = 30;

function rangesOn(schedules: readonly Schedule[], date: string, weekday: Weekday): Range[] {
  return mergeRanges(schedules.flatMap((s) => openRangesOn(s, date, weekday)));
}

/** Follows an open range across midnight (e.g. 22:00–24:00 then 00:00–02:00) to where it really ends. */
function closingTime(
  schedules: readonly Schedule[],
  now: BerlinMoment,
  end: number,
): { at: LocalTime; minutesLeft: number } {
  let day = { date: now.date, weekday: now.weekday };
  let minutesLeft = end - now.minutes;
  let closes = end;
  let daysAhead = 0;
  while (closes === 1440 && daysAhead < LOOKAHEAD_DAYS) {
    const next = addDays(day.date, 1);
    const first = rangesOn(schedules, next.date, next.weekday)[0];
    if (!first || first.start !== 0) break;
    day = next;
    daysAhead += 1;
    closes = first.end;
    minutesLeft += first.end;
  }
  return { at: { ...day, time: formatMinutes(closes), daysAhead }, minutesLeft };
}

function nextOpening(schedules: readonly Schedule[], now: BerlinMoment): LocalTime | null {
  for (let daysAhead = 0; daysAhead <= LOOKAHEAD_DAYS; daysAhead += 1) {
    const day = daysAhead === 0 ? { date: now.date, weekday: now.weekday } : addDays(now.date, daysAhead);
    const start = rangesOn(schedules, day.date, day.weekday).find((r) => daysAhead > 0 || r.start > now.minutes)?.start;
    if (start !== undefined) return { ...day, time: formatMinutes(start), daysAhead };
  }
  return null;
}

function closedReasonToday(schedules: readonly Schedule[], date: string): ClosedReason | null {
  for (const schedule of schedules) {
    const rule = dayRule(schedule, date);
    if (rule.kind === 'closed') return rule.reason;
  }
  return null;
}

/** Status from schedules that people can walk into or call (no appointment-only ones). */
function regularStatus(schedules: readonly Schedule[], now: BerlinMoment): OpeningStatus {
  const alwaysOpenToday = schedules.some((s) => s.alwaysOpen && dayRule(s, now.date).kind === 'regular');
  if (alwaysOpenToday) return { kind: 'open', alwaysOpen: true };
  const current = rangesOn(schedules, now.date, now.weekday).find((r) => r.start <= now.minutes && now.minutes < r.end);
  if (current) {
    const { at, minutesLeft } = closingTime(schedules, now, current.end);
    return { kind: 'open', alwaysOpen: false, closes: at, closesSoon: minutesLeft <= CLOSES_SOON_MINUTES };
  }
  if (schedules.some((s) => dayRule(s, now.date).kind === 'unknown')) return { kind: 'unknown' };
  return { kind: 'closed', opens: nextOpening(schedules, now), reason: closedReasonToday(schedules, now.date) };
}

export function openingStatusAt(schedules: readonly Schedule[], now: BerlinMoment): OpeningStatus {
  if (schedules.length === 0) return { kind: 'unknown' };
  const walkIn = schedules.filter((s) => !s.appointmentOnly);
  if (walkIn.length > 0) return regularStatus(walkIn, now);
  // Only by appointment: the weekly hours, if given, say when someone answers the phone to book one.
  const bookable = schedules.filter((s) => (s.weekly?.length ?? 0) > 0);
  return { kind: 'appointment', phoneHours: bookable.length > 0 ? regularStatus(bookable, now) : null };
}

/** Convenience for a single question; when ranking many services, compute `berlinMoment` once. */
export function openingStatus(schedules: readonly Schedule[], instant: Date | number): OpeningStatus {
  return openingStatusAt(schedules, berlinMoment(instant));
}
