import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/domain/directory/schema';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { openNowCheck, withLazyStatus } from '../../../src/domain/hours/open-now';
import { openingStatusAt } from '../../../src/domain/hours/opening-status';

const office: Schedule = {
  weekly: [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:00' },
    { days: ['mo', 'tu', 'th'], opens: '13:30', closes: '16:00' },
  ],
  holidays: 'closed',
  closures: [{ from: '2026-12-28', to: '2027-01-01', note: { de: 'Betriebsferien' } }],
};
const nightLine: Schedule = {
  weekly: [{ days: ['fr', 'sa', 'th'], opens: '20:00', closes: '02:00', overnight: true }],
  holidays: 'open',
};
const nightLineClosedOnHolidays: Schedule = { ...nightLine, holidays: 'closed' };
const hotline: Schedule = { alwaysOpen: true, holidays: 'open' };
const hotlineNotOnHolidays: Schedule = { alwaysOpen: true, holidays: 'closed' };
const appointmentWithPhoneHours: Schedule = {
  appointmentOnly: true,
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' }],
  holidays: 'closed',
};
const undecidedHolidays: Schedule = {
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
  holidays: 'as-usual-unknown',
};
const twoPlaces: Schedule[] = [
  { locationId: 'a', weekly: [{ days: ['mo'], opens: '08:00', closes: '12:00' }], holidays: 'closed' },
  { locationId: 'b', weekly: [{ days: ['mo'], opens: '14:00', closes: '18:00' }], holidays: 'open' },
];

const SCHEDULES: Record<string, Schedule[]> = {
  office: [office],
  nightLine: [nightLine],
  nightLineClosedOnHolidays: [nightLineClosedOnHolidays],
  hotline: [hotline],
  hotlineNotOnHolidays: [hotlineNotOnHolidays],
  appointmentOnly: [appointmentWithPhoneHours],
  appointmentAndWalkIn: [appointmentWithPhoneHours, office],
  undecidedHolidays: [undecidedHolidays],
  twoPlaces,
  none: [],
};

/** Every half hour across days with a holiday before, on and after them, a closure and a time change. */
function moments(): Date[] {
  const days = [
    '2026-12-24',
    '2026-12-25',
    '2026-12-26',
    '2026-12-27',
    '2026-12-28',
    '2026-12-31',
    '2027-01-01',
    '2027-01-02',
    '2026-10-24',
    '2026-10-25',
    '2026-06-04',
    '2026-06-05',
    '2026-11-12',
    '2026-11-13',
    '2026-11-14',
  ];
  return days
    .flatMap((day) =>
      Array.from(
        { length: 48 },
        (_, half) => new Date(`${day}T00:00:00Z`).getTime() + half * 30 * 60_000 - 60 * 60_000,
      ),
    )
    .map((ms) => new Date(ms));
}

describe('openNowCheck: the quick "open now" of the filter and the ranking', () => {
  it('agrees with the full opening status for every schedule at every moment', () => {
    let open = 0;
    for (const instant of moments()) {
      const now = berlinMoment(instant);
      const check = openNowCheck(now);
      for (const [name, schedules] of Object.entries(SCHEDULES)) {
        const expected = openingStatusAt(schedules, now).kind === 'open';
        if (expected) open += 1;
        expect({ name, at: instant.toISOString(), open: check(schedules) }).toEqual({
          name,
          at: instant.toISOString(),
          open: expected,
        });
      }
    }
    // The table covers both answers many times, not only "closed".
    expect(open).toBeGreaterThan(100);
  });

  it('is made once per moment and reused', () => {
    const now = berlinMoment(new Date('2026-11-10T10:00:00+01:00'));
    expect(openNowCheck(now)).toBe(openNowCheck(now));
  });
});

describe('withLazyStatus', () => {
  it('gives the full opening status when read, and keeps the rest of the result', () => {
    const now = berlinMoment(new Date('2026-11-12T10:00:00+01:00'));
    const result = withLazyStatus({ id: 'x' }, [office], now);
    expect(result.id).toBe('x');
    expect(result.status).toEqual(openingStatusAt([office], now));
    expect(result.status).toBe(result.status);
    expect(Object.keys(result)).toEqual(['id', 'status']);
  });
});
