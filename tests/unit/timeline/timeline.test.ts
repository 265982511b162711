import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../../src/domain/timeline/calendar-date';
import type { TimelineItem, TimelineWindow } from '../../../src/domain/timeline/schema';
import { buildTimeline, currentAndComing, nextEntry } from '../../../src/domain/timeline/timeline';
import { windowDates } from '../../../src/domain/timeline/window';
import { readTimeline } from '../../../src/tools/directory/timeline-source';
import { REGION_DIR } from '../../fixtures/region';

const d = (text: string) => parseIsoDate(text)!;
const range = (birth: string, window: TimelineWindow) => {
  const { start, end } = windowDates(d(birth), window);
  return [formatIsoDate(start), formatIsoDate(end)];
};

describe('windows counted like the Kinder-Richtlinie', () => {
  it.each<[string, string, TimelineWindow, string, string]>([
    ['3rd–10th day of life', '2026-01-30', { unit: 'day', from: 3, to: 10 }, '2026-02-01', '2026-02-08'],
    ['3rd–14th day across a leap day', '2024-02-20', { unit: 'day', from: 3, to: 14 }, '2024-02-22', '2024-03-04'],
    ['4th–5th week of life', '2026-03-01', { unit: 'week', from: 4, to: 5 }, '2026-03-22', '2026-04-04'],
    ['3rd–4th month from 31 January', '2026-01-31', { unit: 'month', from: 3, to: 4 }, '2026-03-31', '2026-05-30'],
    ['2nd–4½th month from 31 January', '2026-01-31', { unit: 'month', from: 2, to: 4.5 }, '2026-02-28', '2026-06-14'],
    ['6th–7th month from 31 August', '2025-08-31', { unit: 'month', from: 6, to: 7 }, '2026-01-31', '2026-03-30'],
    ['10th–12th month from a leap day', '2024-02-29', { unit: 'month', from: 10, to: 12 }, '2024-11-29', '2025-02-27'],
    [
      '14th year (13th to 14th birthday) from a leap day',
      '2012-02-29',
      { unit: 'year', from: 14, to: 14 },
      '2025-02-28',
      '2026-02-27',
    ],
    [
      '12 to 7 weeks before the due date',
      '2027-01-10',
      { unit: 'week', from: -12, to: -7 },
      '2026-10-18',
      '2026-11-22',
    ],
    ['the day of birth', '2026-12-31', { unit: 'day', from: 1, to: 1 }, '2026-12-31', '2026-12-31'],
  ])('%s: born %s → %j', (_name, birth, window, start, end) => {
    expect(range(birth, window)).toEqual([start, end]);
  });
});

const fixture = readTimeline(readFileSync(join(REGION_DIR, 'timeline.yaml'), 'utf8'));
const items: TimelineItem[] = fixture.timeline!.items;
const byId = (id: string) => items.find((item) => item.id === id)!;

describe("a child's timeline", () => {
  it('the test region timeline is valid', () => {
    expect(fixture.issues).toEqual([]);
  });

  it.each([
    // [born, today, status of the early check-up, of the errand in the first week]
    ['2026-03-01', '2026-03-02', 'upcoming', 'now'],
    ['2026-03-01', '2026-03-03', 'now', 'now'],
    ['2026-03-01', '2026-03-11', 'late', 'past'],
    ['2026-03-01', '2026-03-14', 'late', 'past'],
    ['2026-03-01', '2026-03-15', 'past', 'past'],
  ])('born %s, on %s: check-up %s, errand %s', (born, today, checkUp, errand) => {
    const entries = buildTimeline({ date: d(born), expected: false }, items, d(today));
    const status = (id: string) => entries.find((entry) => entry.item.id === id)!.status;
    expect(status('probe-besuch-frueh')).toBe(checkUp);
    expect(status('probe-amt-meldung')).toBe(errand);
  });

  it('sorts by window and names as next what closes first among the open items', () => {
    const entries = buildTimeline({ date: d('2026-03-01'), expected: false }, items, d('2026-03-04'));
    expect(entries.map((e) => e.item.id)).toEqual([
      'probe-vorher',
      'probe-amt-meldung',
      'probe-besuch-frueh',
      'probe-gespraech-impfung',
      'probe-besuch-spaet',
      'probe-jugend',
    ]);
    expect(nextEntry(entries)?.item.id).toBe('probe-amt-meldung');
  });

  it('when nothing is open, the next item to open is next', () => {
    const entries = buildTimeline({ date: d('2026-03-01'), expected: false }, items, d('2026-04-20'));
    expect(nextEntry(entries)?.item.id).toBe('probe-gespraech-impfung');
    expect(formatIsoDate(nextEntry(entries)!.window.start)).toBe('2026-05-01');
  });

  it('a child born three weeks before the due date: the windows follow the real birthday', () => {
    const byDue = buildTimeline({ date: d('2026-04-21'), expected: true }, items, d('2026-04-01'));
    const byBirth = buildTimeline({ date: d('2026-03-31'), expected: false }, items, d('2026-04-01'));
    const start = (entries: typeof byDue) =>
      formatIsoDate(entries.find((e) => e.item.id === 'probe-besuch-frueh')!.window.start);
    expect(start(byDue)).toBe('2026-04-23');
    expect(start(byBirth)).toBe('2026-04-02');
  });

  it('a pregnancy: the step before the birth is open now, the rest counts from the due date', () => {
    const entries = buildTimeline({ date: d('2027-01-10'), expected: true }, items, d('2026-11-01'));
    expect(nextEntry(entries)?.item.id).toBe('probe-vorher');
    expect(nextEntry(entries)?.status).toBe('now');
    const late = entries.find((e) => e.item.id === 'probe-besuch-spaet')!;
    expect([formatIsoDate(late.window.start), formatIsoDate(late.window.end)]).toEqual(['2027-06-10', '2027-08-09']);
  });

  it('a child older than the last item: nothing is next, nothing is shown as coming', () => {
    const entries = buildTimeline({ date: d('2009-05-05'), expected: false }, items, d('2026-12-05'));
    expect(entries.every((e) => e.status === 'past')).toBe(true);
    expect(nextEntry(entries)).toBeUndefined();
    expect(currentAndComing(entries)).toEqual([]);
  });

  it('the teenage check-up: early in its tolerance from the 12th birthday, late until the 15th', () => {
    const teen = byId('probe-jugend');
    const on = (today: string) =>
      buildTimeline({ date: d('2012-02-29'), expected: false }, [teen], d(today))[0]!.status;
    expect(on('2024-02-29')).toBe('early'); // 2024 has a 29 February
    expect(on('2024-02-28')).toBe('upcoming');
    expect(on('2025-03-01')).toBe('now');
    expect(on('2026-03-01')).toBe('late');
    expect(on('2027-02-28')).toBe('past');
  });
});
