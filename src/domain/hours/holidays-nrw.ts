/**
 * Public holidays in North Rhine-Westphalia, computed for any year (the movable ones from Easter),
 * so "open now" knows that the Jugendamt is closed on Fronleichnam without anyone entering dates.
 */
export type HolidayKey =
  | 'newYear'
  | 'goodFriday'
  | 'easterMonday'
  | 'labourDay'
  | 'ascension'
  | 'whitMonday'
  | 'corpusChristi'
  | 'germanUnity'
  | 'allSaints'
  | 'christmasDay'
  | 'boxingDay';

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

const cache = new Map<number, ReadonlyMap<string, HolidayKey>>();

/** All NRW public holidays of a year, keyed by YYYY-MM-DD. */
export function nrwHolidays(year: number): ReadonlyMap<string, HolidayKey> {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const fromEaster = (offset: number) => isoDate(year, easter.month, easter.day + offset);
  const holidays = new Map<string, HolidayKey>([
    [isoDate(year, 1, 1), 'newYear'],
    [fromEaster(-2), 'goodFriday'],
    [fromEaster(1), 'easterMonday'],
    [isoDate(year, 5, 1), 'labourDay'],
    [fromEaster(39), 'ascension'],
    [fromEaster(50), 'whitMonday'],
    [fromEaster(60), 'corpusChristi'],
    [isoDate(year, 10, 3), 'germanUnity'],
    [isoDate(year, 11, 1), 'allSaints'],
    [isoDate(year, 12, 25), 'christmasDay'],
    [isoDate(year, 12, 26), 'boxingDay'],
  ]);
  cache.set(year, holidays);
  return holidays;
}

export function nrwHoliday(date: string): HolidayKey | undefined {
  return nrwHolidays(Number(date.slice(0, 4))).get(date);
}
