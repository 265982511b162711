import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageInYears,
  calendarDateAt,
  daysBetween,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
} from '../../../src/domain/timeline/calendar-date';

const d = (text: string) => parseIsoDate(text)!;

describe('calendar dates without time zones', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2025-10-31', 1, '2025-11-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-08-31', 6, '2026-02-28'],
  ])('%s + %i months = %s (month ends clamp)', (from, months, expected) => {
    expect(formatIsoDate(addMonths(d(from), months))).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-03-29', 1, '2026-03-30'], // the night the clocks change in Germany: still one day
    ['2026-10-25', -1, '2026-10-24'],
    ['2000-02-28', 1, '2000-02-29'],
    ['1900-02-28', 1, '1900-03-01'],
  ])('%s + %i day = %s', (from, days, expected) => {
    expect(formatIsoDate(addDays(d(from), days))).toBe(expected);
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-03-01', 13, '2036-03-01'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(formatIsoDate(addYears(d(from), years))).toBe(expected);
  });

  it('day numbers round-trip over four centuries and count 1970-01-01 as day 0', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(toDayNumber(d('2000-03-01'))).toBe(11017);
    for (let n = -30000; n < 120000; n += 97) expect(toDayNumber(fromDayNumber(n))).toBe(n);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-4-1', '31.12.2026', '', '2026-04-31'])(
    'refuses %j as a date',
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  it.each([
    ['2024-02-29', '2025-02-27', 0],
    ['2024-02-29', '2025-02-28', 1],
    ['2013-06-10', '2026-06-09', 12],
    ['2013-06-10', '2026-06-10', 13],
  ])('born %s, on %s the child is %i', (birth, on, years) => {
    expect(ageInYears(d(birth), d(on))).toBe(years);
  });

  it("today's date is the day in Germany, not in UTC", () => {
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    expect(formatIsoDate(calendarDateAt(new Date('2026-12-31T23:30:00Z')))).toBe('2027-01-01');
    expect(formatIsoDate(calendarDateAt(new Date('2026-06-30T21:59:00Z')))).toBe('2026-06-30');
    expect(formatIsoDate(calendarDateAt(new Date('2026-06-30T22:00:00Z')))).toBe('2026-07-01');
  });
});
