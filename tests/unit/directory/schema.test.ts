import { describe, expect, it } from 'vitest';
import { parseDirectory, type Issue } from '../../../src/domain/directory/schema';
import { validDirectory, validOrganization } from './fixtures';

type Dir = ReturnType<typeof validDirectory>;
/* eslint-disable @typescript-eslint/no-explicit-any -- tests break fields on purpose */
const service = (d: Dir): any => (d.organizations[0] as any).services[0];
const org = (d: Dir): any => d.organizations[0] as any;

function issuesOf(mutate: (d: Dir) => void): Issue[] {
  const d = validDirectory();
  mutate(d);
  const result = parseDirectory(d);
  if (result.ok) throw new Error('expected the directory to be invalid');
  return result.issues;
}

const S = 'organizations[0].services[0]';

describe('parseDirectory', () => {
  it('accepts a valid directory and trims texts', () => {
    const d = validDirectory();
    service(d).name.de = '  Erziehungsberatung Unna \n';
    const result = parseDirectory(d);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.directory.organizations[0]?.services[0]?.name.de).toBe('Erziehungsberatung Unna');
  });

  it('reports wrong types with the field path and record id', () => {
    const issues = issuesOf((d) => {
      org(d).locations[0].address.postalCode = 59423;
      org(d).sampleData = 'ja';
    });
    expect(issues).toContainEqual({
      path: 'organizations[0].locations[0].address.postalCode',
      message: 'Postleitzahl: erwartet Text in Anführungszeichen, z. B. "59423"',
      recordId: 'beratungsstelle-unna-mitte',
    });
    expect(issues.find((i) => i.path === 'organizations[0].sampleData')?.message).toBe(
      'sampleData: erwartet true (Beispieldaten) oder false',
    );
  });

  it('names a missing required field', () => {
    const issues = issuesOf((d) => delete service(d).lastChecked);
    expect(issues[0]).toMatchObject({
      path: `${S}.lastChecked`,
      message: 'Pflichtfeld „lastChecked“ fehlt in einem Angebot (service)',
    });
  });

  it('rejects an unknown taxonomy code and lists the allowed ones', () => {
    const issues = issuesOf((d) => (service(d).topics = ['parenting', 'xyz']));
    expect(issues[0]?.path).toBe(`${S}.topics[1]`);
    expect(issues[0]?.message).toMatch(/^Unbekanntes Thema „xyz“ – erlaubt sind: pregnancy-birth, midwife, /);
    expect(issues[0]?.recordId).toBe('beratungsstelle-unna-angebot');
  });

  it('rejects unknown municipality, sector and life stage codes', () => {
    const issues = issuesOf((d) => {
      service(d).serviceArea.municipalities = ['dortmund'];
      service(d).sector = 'sport';
      service(d).lifeStages = ['adult'];
    });
    const messages = issues.map((i) => i.message).join('\n');
    expect(messages).toContain('Unbekannte Gemeinde „dortmund“');
    expect(messages).toContain('Unbekannter Bereich (sector) „sport“');
    expect(messages).toContain('Unbekannte Lebensphase „adult“');
  });

  it('rejects unknown fields and suggests the right spelling', () => {
    const issues = issuesOf((d) => (service(d).lifestages = ['baby']));
    expect(issues).toContainEqual({
      path: `${S}.lifestages`,
      message: 'Unbekanntes Feld „lifestages“ – gemeint ist wohl „lifeStages“',
      recordId: 'beratungsstelle-unna-angebot',
    });
    const other = issuesOf((d) => (org(d).farbe = 'blau'));
    expect(other[0]?.message).toMatch(/^Unbekanntes Feld „farbe“ in einer Organisation – erlaubt sind: id, name, /);
  });

  it('rejects an unknown language in a text', () => {
    const issues = issuesOf((d) => (service(d).name.xx = 'Hallo'));
    expect(issues[0]?.path).toBe(`${S}.name.xx`);
    expect(issues[0]?.message).toMatch(/^Unbekanntes Feld „xx“/);
  });

  it.each([
    ['0230+3 123', 'Telefonnummer „0230+3 123“: das + darf nur ganz am Anfang stehen'],
    ['02303 27-1234 (Zentrale)', /enthält unerlaubte Zeichen/],
    ['12', 'Telefonnummer „12“ hat 2 Ziffern – erlaubt sind 3 bis 20'],
    ['0123 4567 8901 2345 67890', /hat 21 Ziffern/],
  ])('rejects the phone number %s', (number, message) => {
    const issues = issuesOf((d) => (service(d).phones[0].number = number));
    expect(issues[0]?.path).toBe(`${S}.phones[0].number`);
    expect(issues[0]?.message).toMatch(message);
  });

  it('rejects an unknown phone kind', () => {
    const issues = issuesOf((d) => (service(d).phones[0].kind = 'mobile'));
    expect(issues[0]?.message).toBe('Unbekannte Art der Nummer „mobile“ – erlaubt sind: voice, fax, sms, hotline');
  });

  it.each([
    [
      'javascript:alert(1)',
      'Webadresse „javascript:alert(1)“: „javascript:“ ist nicht erlaubt – nur Adressen mit https://',
    ],
    [
      'http://www.example.org/',
      'Webadresse „http://www.example.org/“: nur sichere Adressen mit https:// sind erlaubt, nicht http://',
    ],
    ['data:text/html,hi', /„data:“ ist nicht erlaubt/],
    ['www.example.org', 'Webadresse „www.example.org“ muss mit https:// beginnen'],
    ['https://localhost', /keine gültige Adresse/],
  ])('rejects the website %s', (url, message) => {
    const issues = issuesOf((d) => (service(d).website = url));
    expect(issues[0]?.path).toBe(`${S}.website`);
    expect(issues[0]?.message).toMatch(message);
  });

  it.each([
    'info at example.org',
    'redaktion@example.org?cc=someone@example.com',
    'redaktion@example.org?body=hallo',
    'redaktion@example.org,someone@example.com',
  ])('rejects the e-mail address %s (the app would not link it)', (address) => {
    const issues = issuesOf((d) => (org(d).email = address));
    expect(issues[0]?.message).toBe(
      `„${address}“ ist keine gültige E-Mail-Adresse: genau eine Adresse, ohne Leerzeichen, Umlaute oder Zusätze wie ?cc= (Beispiel: name@kreis-unna.de)`,
    );
  });

  it('rejects 25:00 and an impossible date', () => {
    const issues = issuesOf((d) => {
      service(d).schedules[0].weekly[0].opens = '25:00';
      service(d).lastChecked = '2025-02-30';
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: `${S}.schedules[0].weekly[0].opens`,
        message: '„25:00“ ist keine gültige Uhrzeit (00:00 bis 23:59, Format HH:MM)',
      }),
    );
    expect(issues.find((i) => i.path === `${S}.lastChecked`)?.message).toBe(
      '„2025-02-30“ ist kein gültiges Datum (Format JJJJ-MM-TT, z. B. 2025-03-31)',
    );
  });

  it('rejects closing before opening unless overnight is set', () => {
    const issues = issuesOf(
      (d) => (service(d).schedules[0].weekly[0] = { days: ['fr'], opens: '20:00', closes: '08:00' }),
    );
    expect(issues).toEqual([
      {
        path: `${S}.schedules[0].weekly[0].closes`,
        message: 'Schließt vor dem Öffnen (20:00–08:00) – bei Nachtzeiten overnight: true setzen',
        recordId: 'beratungsstelle-unna-angebot',
      },
    ]);
  });

  it('accepts overnight hours and a closing time of 24:00', () => {
    const d = validDirectory();
    service(d).schedules[0].weekly = [
      { days: ['fr'], opens: '20:00', closes: '08:00', overnight: true },
      { days: ['sa'], opens: '00:00', closes: '24:00' },
    ];
    expect(parseDirectory(d).ok).toBe(true);
  });

  it('rejects a schedule that says nothing and closures in the wrong order', () => {
    const issues = issuesOf((d) => {
      service(d).schedules = [
        { holidays: 'closed' },
        { alwaysOpen: true, holidays: 'open', closures: [{ from: '2025-12-31', to: '2025-12-24' }] },
      ];
    });
    expect(issues[0]?.message).toMatch(/^Der Zeitplan sagt nichts/);
    expect(issues[0]?.path).toBe(`${S}.schedules[0]`);
    // Integrity checks run once the schema passes:
    const second = issuesOf((d) => {
      service(d).schedules = [
        { alwaysOpen: true, holidays: 'open', closures: [{ from: '2025-12-31', to: '2025-12-24' }] },
      ];
    });
    expect(second[0]).toMatchObject({
      path: `${S}.schedules[0].closures[0].to`,
      message: 'Schließzeit endet (2025-12-24) vor ihrem Beginn (2025-12-31)',
    });
  });

  it('rejects duplicate ids and names both places', () => {
    const issues = issuesOf((d) =>
      d.organizations.push(validOrganization('zweite-stelle', 'beratungsstelle-unna-angebot')),
    );
    expect(issues).toEqual([
      {
        path: 'organizations[1].services[0].id',
        message:
          'Kennung „beratungsstelle-unna-angebot“ doppelt vergeben: schon benutzt bei organizations[0].services[0].id – jede Kennung darf im ganzen Verzeichnis nur einmal vorkommen',
        recordId: 'beratungsstelle-unna-angebot',
      },
    ]);
  });

  it('rejects a location reference to another organization', () => {
    const issues = issuesOf((d) => {
      d.organizations.push(validOrganization('zweite-stelle'));
      service(d).locationIds = ['zweite-stelle-mitte'];
    });
    expect(issues[0]).toEqual({
      path: `${S}.locationIds[0]`,
      message:
        'Standort „zweite-stelle-mitte“ gibt es in der Organisation „beratungsstelle-unna“ nicht (vorhanden: beratungsstelle-unna-mitte)',
      recordId: 'beratungsstelle-unna-angebot',
    });
  });

  it('rejects a schedule pointing at an unknown location', () => {
    const issues = issuesOf((d) => (service(d).schedules[0].locationId = 'nirgendwo'));
    expect(issues[0]?.path).toBe(`${S}.schedules[0].locationId`);
    expect(issues[0]?.message).toMatch(/^Standort „nirgendwo“ gibt es in der Organisation/);
  });

  it('rejects too-long texts and a summary over 160 characters', () => {
    const issues = issuesOf((d) => {
      service(d).description.de = 'x'.repeat(20_001);
      service(d).summary.de = 'y'.repeat(161);
    });
    expect(issues.find((i) => i.path === `${S}.description.de`)?.message).toBe(
      'Text zu lang: 20001 Zeichen, höchstens 20000 erlaubt',
    );
    expect(issues.find((i) => i.path === `${S}.summary.de`)?.message).toBe(
      'Deutscher Text zu lang: 161 Zeichen, erlaubt sind höchstens 160',
    );
  });

  it('rejects oversized lists and empty German text', () => {
    const issues = issuesOf((d) => {
      service(d).phones = Array.from({ length: 21 }, () => ({ number: '110', kind: 'voice' }));
      service(d).name.de = '   ';
    });
    const messages = issues.map((i) => i.message);
    expect(messages).toContain('Zu viele Telefonnummern: höchstens 20 erlaubt');
    expect(messages).toContain('Der deutsche Text (de) darf nicht leer sein');
  });

  it('rejects bad ids and coordinates outside Germany', () => {
    const issues = issuesOf((d) => {
      org(d).id = 'Beratung_Unna';
      org(d).locations[0].geo = { lat: 7.68, lon: 51.53 };
    });
    expect(issues[0]?.message).toMatch(/^Kennung „Beratung_Unna“ ungültig: nur Kleinbuchstaben/);
    expect(issues.map((i) => i.message)).toContain('Breitengrad (lat) liegt nicht in Deutschland (47,2 bis 55,1)');
  });

  it('requires meta.version in the published file and de first', () => {
    const issues = issuesOf((d) => {
      delete d.meta.version;
      d.meta.languages = ['en', 'de'];
    });
    expect(issues.map((i) => i.message)).toEqual([
      'Pflichtfeld „version“ fehlt in den Angaben zum Verzeichnis (meta)',
      'languages: Deutsch (de) muss an erster Stelle stehen',
    ]);
  });

  it('rejects input that is not a directory at all', () => {
    const result = parseDirectory('hallo');
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: '',
          message:
            'Falscher Aufbau bei dem Verzeichnis (meta, guide, organizations): erwartet Felder wie „meta: …“, gefunden: Text „hallo“',
        },
      ],
    });
  });
});
