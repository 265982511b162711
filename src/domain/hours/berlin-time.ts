/**
 * Wall-clock time in Europe/Berlin, whatever time zone the phone is set to. Opening hours are
 * written in local Berlin time, so "open now" compares the Berlin wall clock with them; this also
 * makes both daylight-saving switches come out right without any offset arithmetic of our own.
 */
import type { Weekday } from '../directory/hours-schema';

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

// Constructing a DateTimeFormat is costly; one instance serves every call.
let formatter: Intl.DateTimeFormat | undefined;

function berlinFormatter(): Intl.DateTimeFormat {
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
  return formatter;
}

export function berlinMoment(instant: Date | number): BerlinMoment {
  const parts: Record<string, string> = {};
  for (const part of berlinFormatter().formatToParts(instant)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAY_BY_SHORT[parts.weekday!]!,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const WEEKDAY_ORDER: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/** The calendar date `days` after `date` (both YYYY-MM-DD), with its weekday. Pure date arithmetic, no time zone. */
export function addDays(date: string, days: number): { date: string; weekday: Weekday } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  const iso = shifted.toISOString().slice(0, 10);
  // getUTCDay: 0 = Sunday
  return { date: iso, weekday: WEEKDAY_ORDER[(shifted.getUTCDay() + 6) % 7]! };
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
