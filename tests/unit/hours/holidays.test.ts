import { describe, expect, it } from 'vitest';
import { easterSunday, nrwHoliday, nrwHolidays } from '../../../src/domain/hours/holidays-nrw';

describe('easterSunday', () => {
  it.each([
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22], // the earliest possible date
    [1943, 4, 25], // the latest possible date
  ])('%i → %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('nrwHolidays', () => {
  it('lists the eleven NRW public holidays of 2026', () => {
    expect([...nrwHolidays(2026)].sort()).toEqual([
      ['2026-01-01', 'newYear'],
      ['2026-04-03', 'goodFriday'],
      ['2026-04-06', 'easterMonday'],
      ['2026-05-01', 'labourDay'],
      ['2026-05-14', 'ascension'],
      ['2026-05-25', 'whitMonday'],
      ['2026-06-04', 'corpusChristi'],
      ['2026-10-03', 'germanUnity'],
      ['2026-11-01', 'allSaints'],
      ['2026-12-25', 'christmasDay'],
      ['2026-12-26', 'boxingDay'],
    ]);
  });

  it.each([
    ['2027-03-26', 'goodFriday'],
    ['2027-05-06', 'ascension'],
    ['2027-05-27', 'corpusChristi'],
    ['2026-12-24', undefined], // Christmas Eve is not a public holiday
    ['2026-10-31', undefined], // Reformation Day is not one in NRW
    ['2026-11-24', undefined],
  ])('%s → %s', (date, key) => {
    expect(nrwHoliday(date)).toBe(key);
  });
});
