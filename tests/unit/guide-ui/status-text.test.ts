import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../../src/domain/directory/schema';
import { openingStatus, type OpeningStatus } from '../../../src/domain/hours/opening-status';
import { statusText } from '../../../src/app/ui/status-text';
import { translator } from './i18n';

const de = translator('de');
const en = translator('en');

const at = (date: string, time: string, daysAhead: number, weekday: 'mo' | 'fr' | 'sa' = 'mo') => ({
  date,
  weekday,
  time,
  daysAhead,
});

const CASES: [string, OpeningStatus, string, string, string][] = [
  [
    'open until',
    { kind: 'open', alwaysOpen: false, closes: at('2026-11-23', '16:00', 0), closesSoon: false },
    'Jetzt geöffnet · bis 16:00',
    'Open now · until 16:00',
    'open',
  ],
  [
    'closes soon',
    { kind: 'open', alwaysOpen: false, closes: at('2026-11-23', '12:30', 0), closesSoon: true },
    'Schließt bald · bis 12:30',
    'Closes soon · until 12:30',
    'soon',
  ],
  [
    'open past midnight',
    { kind: 'open', alwaysOpen: false, closes: at('2026-11-28', '02:00', 1, 'sa'), closesSoon: false },
    'Jetzt geöffnet · bis morgen um 02:00',
    'Open now · until tomorrow at 02:00',
    'open',
  ],
  [
    'always open',
    { kind: 'open', alwaysOpen: true },
    'Jetzt geöffnet · Tag und Nacht',
    'Open now · day and night',
    'open',
  ],
  [
    'lunch break, opens again today',
    { kind: 'closed', opens: at('2026-11-23', '13:30', 0), reason: null },
    'Öffnet heute um 13:30',
    'Opens today at 13:30',
    'closed',
  ],
  [
    'closed, opens tomorrow',
    { kind: 'closed', opens: at('2026-11-24', '08:30', 1), reason: null },
    'Jetzt geschlossen · öffnet morgen um 08:30',
    'Closed now · opens tomorrow at 08:30',
    'closed',
  ],
  [
    'public holiday',
    {
      kind: 'closed',
      opens: at('2026-06-05', '08:30', 1, 'fr'),
      reason: { kind: 'holiday', holiday: 'corpusChristi' },
    },
    'Feiertag (Fronleichnam) · öffnet morgen um 08:30',
    'Public holiday (Corpus Christi) · opens tomorrow at 08:30',
    'closed',
  ],
  [
    'closure without a next opening',
    { kind: 'closed', opens: null, reason: { kind: 'closure', closure: { from: '2026-12-21', to: '2027-01-06' } } },
    'Zurzeit geschlossen',
    'Closed at the moment',
    'closed',
  ],
  ['closed, nothing ahead', { kind: 'closed', opens: null, reason: null }, 'Jetzt geschlossen', 'Closed now', 'closed'],
  [
    'appointment only',
    { kind: 'appointment', phoneHours: null },
    'Nur mit Termin',
    'By appointment only',
    'appointment',
  ],
  [
    'appointment, phone open',
    {
      kind: 'appointment',
      phoneHours: { kind: 'open', alwaysOpen: false, closes: at('2026-11-23', '12:00', 0), closesSoon: false },
    },
    'Nur mit Termin · Termine telefonisch bis 12:00',
    'By appointment only · book by phone until 12:00',
    'appointment',
  ],
  ['unknown', { kind: 'unknown' }, 'Öffnungszeiten unbekannt', 'Opening hours unknown', 'unknown'],
];

describe('statusText', () => {
  it.each(CASES)('%s', (_name, status, german, english, tone) => {
    expect(statusText(status, de, 'de')).toEqual({ text: german, tone });
    expect(statusText(status, en, 'en').text).toBe(english);
  });

  it('names the weekday when the next opening is further away (CLDR versions differ on the dot)', () => {
    const status: OpeningStatus = { kind: 'closed', opens: at('2026-11-30', '08:30', 2), reason: null };
    expect(statusText(status, de, 'de').text).toMatch(/^Jetzt geschlossen · öffnet Mo\.? 08:30$/);
    expect(statusText(status, en, 'en').text).toBe('Closed now · opens Mon 08:30');
  });

  it('keeps times left-to-right inside right-to-left text', () => {
    const status: OpeningStatus = { kind: 'closed', opens: at('2026-11-23', '13:30', 0), reason: null };
    expect(statusText(status, de, 'de', true).text).toBe('Öffnet heute um \u206613:30\u2069');
  });

  it('describes a real schedule in Berlin time (lunch break on a Monday, 12:45 CET)', () => {
    const schedule: Schedule = {
      holidays: 'closed',
      weekly: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:00' },
        { days: ['mo', 'tu', 'we', 'th'], opens: '13:30', closes: '16:00' },
      ],
    };
    // 11:45 UTC = 12:45 in Berlin in November.
    expect(statusText(openingStatus([schedule], Date.UTC(2026, 10, 23, 11, 45)), de, 'de').text).toBe(
      'Öffnet heute um 13:30',
    );
    // Fronleichnam 2026 is Thursday 4 June.
    expect(statusText(openingStatus([schedule], Date.UTC(2026, 5, 4, 8, 0)), de, 'de').text).toBe(
      'Feiertag (Fronleichnam) · öffnet morgen um 08:30',
    );
  });
});
