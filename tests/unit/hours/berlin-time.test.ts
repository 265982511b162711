import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addDays,
  berlinMoment,
  berlinMomentByRule,
  berlinMomentFromZoneData,
} from '../../../src/domain/hours/berlin-time';

describe('berlinMoment', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
    vi.restoreAllMocks();
  });

  it.each([
    ['2026-11-24T09:00:00Z', '2026-11-24', 'tu', '10:00'], // winter: UTC+1
    ['2026-07-01T09:00:00Z', '2026-07-01', 'we', '11:00'], // summer: UTC+2
    ['2026-11-24T23:30:00Z', '2026-11-25', 'we', '00:30'], // already tomorrow in Berlin
    // spring forward, 29 March 2026: 02:00 CET becomes 03:00 CEST
    ['2026-03-29T00:59:00Z', '2026-03-29', 'su', '01:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'su', '03:00'],
    // fall back, 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:xx happens twice
    ['2026-10-25T00:30:00Z', '2026-10-25', 'su', '02:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25', 'su', '02:30'],
  ])('%s is %s (%s) %s in Berlin', (instant, date, weekday, time) => {
    const moment = berlinMoment(new Date(instant));
    expect(moment.date).toBe(date);
    expect(moment.weekday).toBe(weekday);
    expect(moment.minutes).toBe(Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  });

  it('gives Berlin time whatever time zone the phone is set to', () => {
    const instant = new Date('2026-11-24T09:00:00Z');
    const inBerlin = berlinMoment(instant);
    for (const tz of ['America/New_York', 'Asia/Tokyo', 'UTC', 'Asia/Kolkata']) {
      process.env.TZ = tz;
      expect(new Date(instant).getHours()).not.toBe(10); // the phone's own clock differs …
      expect(berlinMoment(instant)).toEqual(inBerlin); // … but the answer does not
    }
  });
});

describe('the EU summer-time rule, used until the time-zone data is loaded', () => {
  const HOUR = 3_600_000;

  it('gives the same Berlin time as the time-zone data, every hour from 1997 to 2040', () => {
    const differences: string[] = [];
    for (let t = Date.UTC(1997, 0, 1); t < Date.UTC(2041, 0, 1); t += HOUR) {
      const rule = berlinMomentByRule(t);
      const data = berlinMomentFromZoneData(t);
      if (rule.date !== data.date || rule.weekday !== data.weekday || rule.minutes !== data.minutes) {
        differences.push(new Date(t).toISOString());
      }
    }
    expect(differences).toEqual([]);
  });

  it('switches at the very minute, both ways, in every year', () => {
    for (let year = 1997; year <= 2040; year++) {
      for (const month of [2, 9]) {
        const lastDay = Date.UTC(year, month + 1, 0);
        const switchAt = lastDay - new Date(lastDay).getUTCDay() * 24 * HOUR + HOUR;
        for (const t of [switchAt - 60_000, switchAt, switchAt + 60_000]) {
          expect(berlinMomentByRule(t)).toEqual(berlinMomentFromZoneData(t));
        }
      }
    }
  });

  it('answers without building a time-zone formatter until the data is loaded, and from the data after', async () => {
    vi.resetModules();
    const fresh = await import('../../../src/domain/hours/berlin-time');
    const format = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const Real = Intl.DateTimeFormat;
    const built = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Real>
    ) {
      return new Real(...args);
    });
    const instant = Date.UTC(2026, 6, 1, 9);
    expect(fresh.berlinMoment(instant)).toEqual({ date: '2026-07-01', weekday: 'we', minutes: 11 * 60 });
    expect(built).not.toHaveBeenCalled();
    fresh.loadBerlinZoneData();
    expect(built).toHaveBeenCalledTimes(1);
    expect(format).not.toHaveBeenCalled();
    expect(fresh.berlinMoment(instant)).toEqual({ date: '2026-07-01', weekday: 'we', minutes: 11 * 60 });
    expect(format).toHaveBeenCalledTimes(1);
    expect(built).toHaveBeenCalledTimes(1);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-24', 1, '2026-11-25', 'we'],
    ['2026-12-31', 1, '2027-01-01', 'fr'],
    ['2028-02-28', 1, '2028-02-29', 'tu'],
    ['2026-03-01', -1, '2026-02-28', 'sa'],
    ['2026-03-28', 1, '2026-03-29', 'su'],
  ])('%s + %i = %s (%s)', (date, days, expected, weekday) => {
    expect(addDays(date, days)).toEqual({ date: expected, weekday });
  });
});
