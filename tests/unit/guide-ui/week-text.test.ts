import { describe, expect, it } from 'vitest';
import { weekTable } from '../../../src/domain/hours/week-table';
import { intervalTexts } from '../../../src/app/results/week-text';
import { formatCalendarDate } from '../../../src/app/ui/calendar-date';

describe('intervalTexts', () => {
  it('lists a lunch break as two intervals and marks the overnight one', () => {
    const week = weekTable({
      holidays: 'closed',
      weekly: [
        { days: ['mo'], opens: '13:30', closes: '16:00' },
        { days: ['mo'], opens: '08:30', closes: '12:00' },
        { days: ['fr'], opens: '22:00', closes: '02:00', overnight: true },
      ],
    });
    expect(intervalTexts(week[0]!)).toEqual([
      { text: '08:30–12:00', overnight: false },
      { text: '13:30–16:00', overnight: false },
    ]);
    expect(intervalTexts(week[1]!)).toEqual([]);
    expect(intervalTexts(week[4]!)).toEqual([{ text: '22:00–02:00', overnight: true }]);
  });
});

describe('formatCalendarDate', () => {
  it.each([
    ['2026-11-12', 'de', '12. November 2026'],
    ['2026-01-01', 'en', 'January 1, 2026'],
  ])('%s in %s → %s', (date, language, text) => {
    expect(formatCalendarDate(date, language)).toBe(text);
  });
});
