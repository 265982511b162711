/**
 * Wall-clock time in Europe/Berlin, whatever time zone the phone is set to. Opening hours are
 * written in local Berlin time, so "open now" compares the Berlin wall clock with them. The phone's
 * own time-zone data decides once it is loaded; until then (a cold start should not wait for it) the
 * EU summer-time rule gives the same answer.
 */
import { WEEKDAYS, type Weekday } from '../directory/hours-schema';

export interface BerlinMoment {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  weekday: Weekday;
  /** Minutes since local midnight (0–1439). */
  minutes: number;
}

const WEEKDAY_BY_SHORT: Record<string, Weekday> = {
  Mon: 'mo',
  Tue: 'tu',
  Wed: 'we',
  Thu: 'th',
  Fri: 'fr',
  Sat: 'sa',
  Sun: 'su',
};

// Constructing a DateTimeFormat is costly (the phone loads its time-zone data then: about 90 ms with a
// 4× slower CPU); one instance serves every call once it is built.
let formatter: Intl.DateTimeFormat | undefined;

/**
 * Loads the phone's own time-zone data for Berlin (call it when the page has time, e.g. when idle).
 * From then on every Berlin time comes from it; before, from the rule below.
 */
export function loadBerlinZoneData(): void {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** Berlin wall-clock time from the phone's time-zone data (loads it on first use). */
export function berlinMomentFromZoneData(instant: Date | number): BerlinMoment {
  loadBerlinZoneData();
  const parts: Record<string, string> = {};
  for (const part of formatter!.formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_BY_SHORT[parts.weekday!]!,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The weekday of an instant in UTC (a calendar date as `Date.UTC(y, m, d)` gives its own weekday). */
export function utcWeekday(instant: number): Weekday {
  // getUTCDay: 0 = Sunday
  return WEEKDAYS[(new Date(instant).getUTCDay() + 6) % 7]!;
}

const HOUR = 3_600_000;

/** 01:00 UTC on the last Sunday of `month` (0-based) in `year`: when summer time starts or ends in the EU. */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR + HOUR;
}

/**
 * Berlin wall-clock time by the rule in force since 1996 (EU summer time): UTC+1, and UTC+2 from
 * 01:00 UTC on the last Sunday of March until 01:00 UTC on the last Sunday of October. Plain
 * arithmetic, so a cold start does not wait for the time-zone data; a unit test holds it to that
 * data hour by hour for decades, and once the data is loaded it decides (a changed rule would come
 * with the phone's updates).
 */
export function berlinMomentByRule(instant: Date | number): BerlinMoment {
  const utc = typeof instant === 'number' ? instant : instant.getTime();
  const year = new Date(utc).getUTCFullYear();
  const summer = utc >= lastSundayOneUtc(year, 2) && utc < lastSundayOneUtc(year, 9);
  const local = new Date(utc + (summer ? 2 : 1) * HOUR);
  return {
    date: local.toISOString().slice(0, 10),
    weekday: utcWeekday(local.getTime()),
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

/** Berlin wall-clock time: from the phone's time-zone data once loaded, by the EU rule until then. */
export function berlinMoment(instant: Date | number): BerlinMoment {
  return formatter ? berlinMomentFromZoneData(instant) : berlinMomentByRule(instant);
}

/** The calendar date `days` after `date` (both YYYY-MM-DD), with its weekday. Pure date arithmetic, no time zone. */
export function addDays(date: string, days: number): { date: string; weekday: Weekday } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  const iso = shifted.toISOString().slice(0, 10);
  return { date: iso, weekday: utcWeekday(shifted.getTime()) };
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
