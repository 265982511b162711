import { describe, expect, it } from 'vitest';
import { weekTable } from '../../../src/domain/hours/week-table';

describe('weekTable', () => {
  it('lists every weekday, Monday first, intervals sorted by opening time', () => {
    const week = weekTable({
      weekly: [
        { days: ['mo', 'th'], opens: '13:30', closes: '16:00' },
        { days: ['mo', 'tu'], opens: '08:30', closes: '12:00' },
        { days: ['fr'], opens: '20:00', closes: '02:00', overnight: true },
      ],
      holidays: 'closed',
    });
    expect(week.map((d) => d.weekday)).toEqual(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']);
    expect(week[0]!.intervals).toEqual([
      { opens: '08:30', closes: '12:00', overnight: false },
      { opens: '13:30', closes: '16:00', overnight: false },
    ]);
    expect(week[2]!.intervals).toEqual([]);
    expect(week[4]!.intervals).toEqual([{ opens: '20:00', closes: '02:00', overnight: true }]);
  });

  it('shows a 24/7 service as open all day, every day', () => {
    const week = weekTable({ alwaysOpen: true, holidays: 'open' });
    expect(week.every((d) => d.intervals.length === 1 && d.intervals[0]!.closes === '24:00')).toBe(true);
  });
});
