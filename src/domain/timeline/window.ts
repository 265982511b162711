/**
 * Turns a window counted in units of life ("3. bis 10. Lebenstag") into calendar dates for one
 * child. The n-th unit of life (n ≥ 1) starts n−1 units after the birth and ends the day before n
 * units after it; n = 4.5 months ends the day before four and a half months (four months and
 * fifteen days). A negative n is the day n units before the birth or due date.
 */
import { addDays, addMonths, addYears, type CalendarDate } from './calendar-date';
import type { TimelineWindow, WindowUnit } from './schema';

export interface DateRange {
  start: CalendarDate;
  /** The last day of the window (inclusive). */
  end: CalendarDate;
}

function shift(anchor: CalendarDate, unit: WindowUnit, amount: number): CalendarDate {
  switch (unit) {
    case 'day':
      return addDays(anchor, amount);
    case 'week':
      return addDays(anchor, amount * 7);
    case 'month': {
      const whole = Math.trunc(amount);
      const moved = addMonths(anchor, whole);
      return amount === whole ? moved : addDays(moved, 15 * Math.sign(amount));
    }
    case 'year':
      return addYears(anchor, amount);
  }
}

/** First day of the n-th unit of life (or the day n units before the anchor when n < 0). */
function startOf(anchor: CalendarDate, unit: WindowUnit, n: number): CalendarDate {
  return n < 0 ? shift(anchor, unit, n) : n <= 1 ? anchor : shift(anchor, unit, n - 1);
}

/** Last day of the n-th unit of life (or the day n units before the anchor when n < 0). */
function endOf(anchor: CalendarDate, unit: WindowUnit, n: number): CalendarDate {
  return n < 0 ? shift(anchor, unit, n) : addDays(shift(anchor, unit, n), -1);
}

export function windowDates(anchor: CalendarDate, window: TimelineWindow): DateRange {
  return { start: startOf(anchor, window.unit, window.from), end: endOf(anchor, window.unit, window.to) };
}
