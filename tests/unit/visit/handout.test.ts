import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { summarize } from '../../../src/domain/visit/contact-summary';
import { handoutModel } from '../../../src/domain/visit/handout';
import { scheduleLines } from '../../../src/domain/visit/hours-words';
import { weekdayName } from '../../../src/domain/hours/weekday-names';
import { shareText } from '../../../src/domain/visit/share-text';
import { EMERGENCY_NUMBERS } from '../../../src/domain/emergency-numbers';
import { directory, organization, service } from '../guide/fixtures';

const words = { alwaysOpen: 'Tag und Nacht', appointmentOnly: 'Nur mit Termin' };

const office = service('familienpunkt-musterstadt', {
  name: { de: 'Familienbüro Unna', tr: 'Unna Aile Bürosu' },
  phones: [
    { number: '02303 27-1234', kind: 'voice' },
    { number: '02303 27-9999', kind: 'fax' },
  ],
  email: 'fb@example.org',
  website: 'http://insecure.example.org',
  locationIds: ['rathaus'],
  schedules: [
    {
      holidays: 'closed',
      weekly: [
        { days: ['mo', 'tu', 'we', 'fr'], opens: '08:30', closes: '12:00' },
        { days: ['th'], opens: '08:30', closes: '12:00' },
        { days: ['th'], opens: '14:00', closes: '18:00' },
      ],
    },
    {
      locationId: 'rathaus',
      holidays: 'closed',
      appointmentOnly: true,
      weekly: [{ days: ['sa'], opens: '10:00', closes: '12:00' }],
    },
  ],
});
const hotline = service('elternleitung-telefon', {
  name: { de: 'Elterntelefon' },
  schedules: [{ holidays: 'open', alwaysOpen: true }],
});
const dir = directory([
  organization('kreis', [office], {
    name: { de: 'Kreis Unna' },
    website: 'https://www.kreis-unna.de',
    locations: [{ id: 'rathaus', address: { street: 'Markt 1', postalCode: '59423', city: 'Unna' } }],
  }),
  organization('bund', [hotline], { phones: [{ number: '0800 111 0 550', kind: 'hotline' }] }),
]);
const entries = directoryEntries(dir);
/** Day abbreviations come from the runtime's Intl data ("Mo" or "Mo."), so the expectations ask it too. */
const day = (weekday: Parameters<typeof weekdayName>[0], language = 'de') => weekdayName(weekday, language);

describe('scheduleLines', () => {
  it('joins runs of days with equal hours', () => {
    expect(scheduleLines(office.schedules[0]!, 'de', words)).toEqual([
      `${day('mo')}–${day('we')} 08:30–12:00`,
      `${day('th')} 08:30–12:00, 14:00–18:00`,
      `${day('fr')} 08:30–12:00`,
    ]);
  });

  it('says appointment-only and day-and-night in words', () => {
    expect(scheduleLines(office.schedules[1]!, 'de', words)).toEqual(['Nur mit Termin', `${day('sa')} 10:00–12:00`]);
    expect(scheduleLines(hotline.schedules[0]!, 'de', words)).toEqual(['Tag und Nacht']);
  });

  it('names the days in the family language', () => {
    expect(scheduleLines(office.schedules[1]!, 'en', words)[1]).toBe(`${day('sa', 'en')} 10:00–12:00`);
    expect(day('sa', 'en')).not.toBe(day('sa', 'de'));
  });
});

describe('summarize', () => {
  it('takes the family language, callable numbers only, https only', () => {
    const summary = summarize(entries[0]!, 'tr', words);
    expect(summary.name).toBe('Unna Aile Bürosu');
    expect(summary.organization).toBe('Kreis Unna');
    expect(summary.phones).toEqual([{ number: '02303 27-1234', dial: '+492303271234' }]);
    expect(summary.website).toBeUndefined();
    expect(summary.address?.city).toBe('Unna');
    expect(summary.hours.map((h) => h.place)).toEqual([undefined, 'Markt 1, 59423 Unna']);
  });

  it('falls back to the organization numbers and keeps an https website of the organization', () => {
    const summary = summarize(entries[1]!, 'de', words);
    expect(summary.phones.map((p) => p.dial)).toEqual(['+498001110550']);
    expect(summarize(entries[0]!, 'de', words).name).toBe('Familienbüro Unna');
  });
});

describe('handoutModel', () => {
  it('keeps the chosen order, counts repeats once and reports ids the directory lacks', () => {
    const handout = handoutModel({
      ids: ['elternleitung-telefon', 'gibt-es-nicht', 'familienpunkt-musterstadt', 'elternleitung-telefon'],
      entries,
      language: 'de',
      words,
      dataDate: '2026-11-12T10:00:00.000Z',
    });
    expect(handout.contacts.map((c) => c.id)).toEqual(['elternleitung-telefon', 'familienpunkt-musterstadt']);
    expect(handout.missing).toEqual(['gibt-es-nicht']);
    expect(handout.emergency).toBe(EMERGENCY_NUMBERS);
    expect(handout.dataDate).toBe('2026-11-12T10:00:00.000Z');
  });

  it('has no data date when none is known', () => {
    expect('dataDate' in handoutModel({ ids: [], entries, language: 'de', words })).toBe(false);
  });
});

describe('shareText', () => {
  it('lists names, numbers and e-mail, then the link', () => {
    const contacts = handoutModel({
      ids: ['familienpunkt-musterstadt', 'elternleitung-telefon'],
      entries,
      language: 'de',
      words,
    }).contacts;
    expect(shareText(contacts, 'https://x/kontakte?ids=a')).toBe(
      'Familienbüro Unna\n02303 27-1234\nfb@example.org\n\nElterntelefon\n0800 111 0 550\n\nhttps://x/kontakte?ids=a',
    );
  });
});
