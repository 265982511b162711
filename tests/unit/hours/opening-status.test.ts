import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/domain/directory/schema';
import { openingStatus, type OpeningStatus } from '../../../src/domain/hours/opening-status';

/** A counselling office: lunch break, long Thursday, closed on holidays and between Christmas and New Year. */
const office: Schedule = {
  weekly: [
    { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:00' },
    { days: ['mo', 'tu', 'th'], opens: '13:30', closes: '16:00' },
    { days: ['th'], opens: '16:00', closes: '18:00' },
  ],
  holidays: 'closed',
  closures: [{ from: '2026-12-24', to: '2027-01-01', note: { de: 'Betriebsferien' } }],
};

/** A night-time crisis line: Friday and Saturday 20:00 to 02:00, also on holidays. */
const nightLine: Schedule = {
  weekly: [{ days: ['fr', 'sa'], opens: '20:00', closes: '02:00', overnight: true }],
  holidays: 'open',
};

const hotline: Schedule = { alwaysOpen: true, holidays: 'open' };
const appointmentOnly: Schedule = { appointmentOnly: true, holidays: 'closed' };
const appointmentWithPhoneHours: Schedule = {
  appointmentOnly: true,
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:00' }],
  holidays: 'closed',
};
const undecidedHolidays: Schedule = {
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
  holidays: 'as-usual-unknown',
};
const morningsHere: Schedule = {
  locationId: 'a',
  weekly: [{ days: ['mo'], opens: '08:00', closes: '12:00' }],
  holidays: 'closed',
};
const afternoonsThere: Schedule = {
  locationId: 'b',
  weekly: [{ days: ['mo'], opens: '14:00', closes: '18:00' }],
  holidays: 'closed',
};
const lateEvening: Schedule = { weekly: [{ days: ['we'], opens: '18:00', closes: '24:00' }], holidays: 'closed' };

const open = (date: string, weekday: string, time: string, daysAhead: number, closesSoon = false): OpeningStatus => ({
  kind: 'open',
  alwaysOpen: false,
  closes: { date, weekday: weekday as never, time, daysAhead },
  closesSoon,
});
const closed = (
  opens: [string, string, string, number] | null,
  reason: OpeningStatus extends never ? never : unknown = null,
): OpeningStatus =>
  ({
    kind: 'closed',
    opens: opens && { date: opens[0], weekday: opens[1], time: opens[2], daysAhead: opens[3] },
    reason,
  }) as OpeningStatus;

describe('openingStatus', () => {
  it.each<[string, Schedule[], string, OpeningStatus]>([
    // regular week with a lunch break (times in Berlin, written with their UTC offset)
    ['morning', [office], '2026-11-24T10:00+01:00', open('2026-11-24', 'tu', '12:00', 0)],
    ['closes soon', [office], '2026-11-24T11:45+01:00', open('2026-11-24', 'tu', '12:00', 0, true)],
    ['lunch break', [office], '2026-11-24T12:30+01:00', closed(['2026-11-24', 'tu', '13:30', 0])],
    ['before opening', [office], '2026-11-24T07:00+01:00', closed(['2026-11-24', 'tu', '08:30', 0])],
    ['long Thursday runs on to 18:00', [office], '2026-11-26T15:00+01:00', open('2026-11-26', 'th', '18:00', 0)],
    ['no afternoon on Wednesday', [office], '2026-11-25T13:00+01:00', closed(['2026-11-26', 'th', '08:30', 1])],
    ['Friday evening', [office], '2026-11-27T17:00+01:00', closed(['2026-11-30', 'mo', '08:30', 3])],
    ['Saturday', [office], '2026-11-28T10:00+01:00', closed(['2026-11-30', 'mo', '08:30', 2])],
    ['summer time', [office], '2026-07-01T11:30+02:00', open('2026-07-01', 'we', '12:00', 0, true)],
    // NRW holidays, computed from Easter
    [
      'Fronleichnam',
      [office],
      '2026-06-04T10:00+02:00',
      closed(['2026-06-05', 'fr', '08:30', 1], { kind: 'holiday', holiday: 'corpusChristi' }),
    ],
    [
      'Good Friday, then Easter Monday',
      [office],
      '2026-04-03T10:00+02:00',
      closed(['2026-04-07', 'tu', '08:30', 4], { kind: 'holiday', holiday: 'goodFriday' }),
    ],
    // date-range closure, running into the New Year holiday
    [
      'Christmas break',
      [office],
      '2026-12-28T10:00+01:00',
      closed(['2027-01-04', 'mo', '08:30', 7], {
        kind: 'closure',
        closure: { from: '2026-12-24', to: '2027-01-01', note: { de: 'Betriebsferien' } },
      }),
    ],
    // hours past midnight
    ['Friday night', [nightLine], '2026-11-27T23:00+01:00', open('2026-11-28', 'sa', '02:00', 1)],
    ['after midnight, from Friday', [nightLine], '2026-11-28T01:00+01:00', open('2026-11-28', 'sa', '02:00', 0)],
    [
      'after midnight, from Saturday',
      [nightLine],
      '2026-11-29T01:59+01:00',
      open('2026-11-29', 'su', '02:00', 0, true),
    ],
    ['Sunday morning', [nightLine], '2026-11-29T02:00+01:00', closed(['2026-12-04', 'fr', '20:00', 5])],
    ['Friday afternoon', [nightLine], '2026-11-27T15:00+01:00', closed(['2026-11-27', 'fr', '20:00', 0])],
    // both daylight-saving switches, in the middle of the night line's hours
    [
      'spring forward, before the switch',
      [nightLine],
      '2026-03-29T01:30+01:00',
      open('2026-03-29', 'su', '02:00', 0, true),
    ],
    [
      'spring forward, after the switch',
      [nightLine],
      '2026-03-29T03:30+02:00',
      closed(['2026-04-03', 'fr', '20:00', 5]),
    ],
    ['fall back, first 01:30', [nightLine], '2026-10-25T01:30+02:00', open('2026-10-25', 'su', '02:00', 0, true)],
    ['fall back, 02:30 CEST', [nightLine], '2026-10-25T02:30+02:00', closed(['2026-10-30', 'fr', '20:00', 5])],
    ['fall back, 02:30 CET', [nightLine], '2026-10-25T02:30+01:00', closed(['2026-10-30', 'fr', '20:00', 5])],
    // always, by appointment, unknown
    ['hotline on Christmas Day', [hotline], '2026-12-25T03:00+01:00', { kind: 'open', alwaysOpen: true }],
    ['appointment only', [appointmentOnly], '2026-11-24T10:00+01:00', { kind: 'appointment', phoneHours: null }],
    [
      'appointment, phone answered now',
      [appointmentWithPhoneHours],
      '2026-11-24T10:00+01:00',
      { kind: 'appointment', phoneHours: open('2026-11-24', 'tu', '12:00', 0) },
    ],
    ['no schedule at all', [], '2026-11-24T10:00+01:00', { kind: 'unknown' }],
    ['holiday nobody decided', [undecidedHolidays], '2026-10-03T10:00+02:00', { kind: 'unknown' }],
    [
      'the same schedule on a normal day',
      [undecidedHolidays],
      '2026-10-05T10:00+02:00',
      open('2026-10-05', 'mo', '17:00', 0),
    ],
    // several locations: the service is open when any of them is
    [
      'between two locations',
      [morningsHere, afternoonsThere],
      '2026-11-30T13:00+01:00',
      closed(['2026-11-30', 'mo', '14:00', 0]),
    ],
    [
      'second location open',
      [morningsHere, afternoonsThere],
      '2026-11-30T15:00+01:00',
      open('2026-11-30', 'mo', '18:00', 0),
    ],
    ['open until midnight', [lateEvening], '2026-11-25T23:00+01:00', open('2026-11-25', 'we', '24:00', 0)],
    // walk-in hours win over an extra appointment-only schedule
    [
      'walk-in plus appointments',
      [office, appointmentOnly],
      '2026-11-24T10:00+01:00',
      open('2026-11-24', 'tu', '12:00', 0),
    ],
  ])('%s', (_name, schedules, instant, expected) => {
    expect(openingStatus(schedules, new Date(instant))).toEqual(expected);
  });

  it('says when nothing opens within two weeks', () => {
    const longClosure: Schedule = { ...office, closures: [{ from: '2026-07-01', to: '2026-08-31' }] };
    expect(openingStatus([longClosure], new Date('2026-07-06T10:00+02:00'))).toMatchObject({
      kind: 'closed',
      opens: null,
    });
  });
});
