import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../../src/domain/timeline/calendar-date';
import { timelineCalendar, type IcsEvent } from '../../../src/domain/timeline/ics';

const d = (text: string) => parseIsoDate(text)!;

const events: IcsEvent[] = [
  {
    uid: 'child-1-probe-besuch-frueh@bruecken-fuer-familien',
    start: d('2024-02-27'),
    end: d('2024-03-05'),
    summary: 'فحص تجريبي – Ada',
    description: 'نص تجريبي\nخذي معك: الدفتر',
    url: 'https://example.org/testregion/impfkalender',
  },
  {
    uid: 'child-1-probe-jugend@bruecken-fuer-familien',
    start: d('2026-12-31'),
    end: d('2026-12-31'),
    summary: 'Probe, Jugend; "Test"',
    description: 'Zeile 1',
  },
];

function parsed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

describe('the calendar file, read back by an independent parser (ical.js)', () => {
  const text = timelineCalendar(events, {
    name: 'Zeitleiste Ada',
    language: 'ar',
    alarmText: (e) => `تذكير: ${e.summary}`,
  });

  it('is RFC 5545 with CRLF line ends and lines of at most 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per item over its whole window, the day after its last day as DTEND', () => {
    const { events: vevents } = parsed(text);
    expect(vevents).toHaveLength(2);
    const first = new ICAL.Event(vevents[0]!);
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2024-02-27');
    expect(first.endDate.toString()).toBe('2024-03-06');
    const second = new ICAL.Event(vevents[1]!);
    expect([second.startDate.toString(), second.endDate.toString()]).toEqual(['2026-12-31', '2027-01-01']);
  });

  it("keeps the family's language and punctuation, the uid and the link", () => {
    const { calendar, events: vevents } = parsed(text);
    const first = new ICAL.Event(vevents[0]!);
    expect(first.summary).toBe('فحص تجريبي – Ada');
    expect(first.description).toBe('نص تجريبي\nخذي معك: الدفتر');
    expect(first.uid).toBe('child-1-probe-besuch-frueh@bruecken-fuer-familien');
    expect(vevents[0]!.getFirstPropertyValue('url')).toBe('https://example.org/testregion/impfkalender');
    expect(new ICAL.Event(vevents[1]!).summary).toBe('Probe, Jugend; "Test"');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Zeitleiste Ada');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('//AR');
  });

  it('rings a week before each window opens, with a text of its own', () => {
    const { events: vevents } = parsed(text);
    const alarm = vevents[0]!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(String(alarm.getFirstPropertyValue('trigger'))).toBe('-P7D');
    expect(alarm.getFirstPropertyValue('description')).toBe('تذكير: فحص تجريبي – Ada');
  });
});
