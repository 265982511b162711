import { afterEach, describe, expect, it } from 'vitest';
import { addDays, berlinMoment } from '../../../src/domain/hours/berlin-time';

describe('berlinMoment', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
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
