/** Today in Germany, for the timeline's screens. */
import { calendarDateAt, type CalendarDate } from '../../domain/timeline/calendar-date';

export function today(): CalendarDate {
  return calendarDateAt(new Date());
}
