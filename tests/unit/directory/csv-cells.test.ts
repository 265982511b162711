import { describe, expect, it } from 'vitest';
import type { Phone, Schedule } from '../../../src/domain/directory/schema';
import {
  CellError,
  readCodes,
  readInlineText,
  readPhones,
  readYesNo,
  writePhones,
} from '../../../src/tools/directory/csv/cells';
import { readSchedules, writeSchedules } from '../../../src/tools/directory/csv/schedule';

describe('CSV cell formats', () => {
  it.each<[string, Phone[]]>([
    ['02303 27-0', [{ number: '02303 27-0', kind: 'voice' }]],
    ['02303 27-0 (Zentrale)', [{ number: '02303 27-0', kind: 'voice', label: { de: 'Zentrale' } }]],
    [
      'Telefon: +49 (0)2303 27-0 (Zentrale (EG); en=Switchboard) | Fax: 02303 27-99 | Hotline: 116 117',
      [
        { number: '+49 (0)2303 27-0', kind: 'voice', label: { de: 'Zentrale (EG)', en: 'Switchboard' } },
        { number: '02303 27-99', kind: 'fax' },
        { number: '116 117', kind: 'hotline' },
      ],
    ],
    ['SMS: 0170 1234567 (24 Stunden)', [{ number: '0170 1234567', kind: 'sms', label: { de: '24 Stunden' } }]],
    ['', []],
  ])('reads phones %j', (cell, phones) => {
    expect(readPhones(cell)).toEqual(phones);
  });

  it('writes phones so they read back the same', () => {
    const phones: Phone[] = [
      { number: '+49 (0)2303 27-0', kind: 'voice', label: { de: 'Zentrale (EG)', en: 'Switchboard', tr: 'Santral' } },
      { number: '0800 111 0 550', kind: 'hotline' },
    ];
    const cell = writePhones(phones);
    expect(cell).toBe('+49 (0)2303 27-0 (Zentrale (EG); en=Switchboard; tr=Santral) | Hotline: 0800 111 0 550');
    expect(readPhones(cell)).toEqual(phones);
  });

  it('refuses a label the cell cannot hold and an unknown kind, in German', () => {
    expect(() => writePhones([{ number: '110', kind: 'voice', label: { de: 'a | b' } }])).toThrow(/enthält „\|“/);
    expect(() => readPhones('Pager: 0123 45')).toThrow(
      /Unbekannte Art der Nummer „Pager“ – erlaubt sind Telefon, Fax, SMS, Hotline/,
    );
  });

  it('reads inline texts with translations', () => {
    expect(readInlineText('Weihnachten; en=Christmas; tr=Noel', 'x')).toEqual({
      de: 'Weihnachten',
      en: 'Christmas',
      tr: 'Noel',
    });
    expect(readInlineText('A; B', 'x')).toEqual({ de: 'A; B' });
    expect(() => readInlineText('en=Christmas', 'Hinweis')).toThrow(/Hinweis: der deutsche Text fehlt/);
  });

  it('checks codes and yes/no with the allowed values in the message', () => {
    expect(readCodes('parenting | money', ['parenting', 'money'], 'Unbekanntes Thema')).toEqual(['parenting', 'money']);
    expect(() => readCodes('kita', ['parenting', 'money'], 'Unbekanntes Thema')).toThrow(
      'Unbekanntes Thema „kita“ – erlaubt sind: parenting, money',
    );
    expect([readYesNo('Ja'), readYesNo('nein'), readYesNo(' ')]).toEqual([true, false, undefined]);
    expect(() => readYesNo('vielleicht')).toThrow(CellError);
  });
});

describe('schedule text', () => {
  const schedules: Schedule[] = [
    {
      locationId: 'rathaus',
      weekly: [
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:00' },
        { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '13:30', closes: '16:00' },
        { days: ['th'], opens: '08:30', closes: '18:00' },
        { days: ['sa', 'mo'], opens: '22:00', closes: '02:00', overnight: true },
      ],
      holidays: 'closed',
      closures: [{ from: '2026-12-24', to: '2027-01-01', note: { de: 'Weihnachten', en: 'Christmas' } }],
      note: { de: 'Bitte klingeln' },
    },
    { appointmentOnly: true, holidays: 'as-usual-unknown' },
    { alwaysOpen: true, holidays: 'open' },
  ];

  it('writes the readable schedule form and reads it back', () => {
    const cell = writeSchedules(schedules);
    expect(cell.split('\n')).toEqual([
      'Standort rathaus | mo-fr 08:30-12:00, 13:30-16:00; do 08:30-18:00; sa,mo 22:00-02:00 | Feiertage geschlossen | geschlossen 2026-12-24..2027-01-01 (Weihnachten; en=Christmas) | Hinweis: Bitte klingeln',
      'Termine nach Vereinbarung | Feiertage unbekannt',
      'rund um die Uhr | Feiertage geöffnet',
    ]);
    expect(readSchedules(cell)).toEqual(schedules);
  });

  it('accepts day lists, ranges and an en dash', () => {
    expect(readSchedules('mo-mi,fr 09:00–12:00 | Feiertage geschlossen')[0]?.weekly?.[0]?.days).toEqual([
      'mo',
      'tu',
      'we',
      'fr',
    ]);
  });

  it.each([
    ['mo-fr 08:30-12:00', /Feiertagsregel fehlt/],
    ['montag 08:30-12:00 | Feiertage geschlossen', /Unbekannter Wochentag „montag“/],
    ['fr-mo 08:30-12:00 | Feiertage geschlossen', /läuft rückwärts/],
    ['mo 8-12 | Feiertage geschlossen', /„8-12“ ist keine Zeitspanne/],
    ['Feiertage geschlossen | geschlossen 2026-02-30..2026-03-01', /„2026-02-30“ ist kein gültiges Datum/],
  ])('explains %j', (cell, message) => {
    expect(() => readSchedules(cell)).toThrow(message);
  });
});
