/**
 * The calendar file (RFC 5545) for one item or a whole timeline, made on the phone with
 * ical-generator: one all-day event over each window (DTEND is the day after its last day, as the
 * standard wants), an alarm a week before it opens, all texts in the family's language. No account,
 * no server: the family imports the file into their own calendar.
 */
import { ICalAlarmType, ICalCalendar } from 'ical-generator';
import { addDays, type CalendarDate } from './calendar-date';

export interface IcsEvent {
  /** Stable across exports, so importing again updates instead of doubling (child id + item id). */
  uid: string;
  start: CalendarDate;
  /** The last day (inclusive). */
  end: CalendarDate;
  summary: string;
  description: string;
  url?: string;
}

export interface IcsOptions {
  /** The calendar's name as calendar apps show it. */
  name: string;
  /** BCP 47 tag of the texts (de, ar …). */
  language: string;
  /** What the alarm says. */
  alarmText: (event: IcsEvent) => string;
  /** Days before the start the alarm rings (default 7). */
  alarmDaysBefore?: number;
}

/** Midnight UTC of the day: ical-generator writes all-day dates from the UTC fields, so no time zone moves them. */
function utcDay(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export function timelineCalendar(events: readonly IcsEvent[], options: IcsOptions): string {
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: 'Bruecken fuer Familien', product: 'Zeitleiste', language: options.language.toUpperCase() },
  });
  const before = (options.alarmDaysBefore ?? 7) * 24 * 60 * 60;
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      allDay: true,
      start: utcDay(event.start),
      end: utcDay(addDays(event.end, 1)),
      summary: event.summary,
      description: event.description,
      ...(event.url ? { url: event.url } : {}),
      alarms: [{ type: ICalAlarmType.display, triggerBefore: before, description: options.alarmText(event) }],
    });
  }
  return calendar.toString();
}
