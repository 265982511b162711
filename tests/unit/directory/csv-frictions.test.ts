import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, excelColumn } from '../../../src/tools/directory/csv/header-help';
import { parseCsv, writeCsv } from '../../../src/tools/directory/csv/format';
import { loadSource } from '../../../src/tools/directory/load-source';
import { directoryWarnings } from '../../../src/tools/directory/warnings';
import { validOrganization } from './fixtures';
import { writeSourceDir, runDirectoryCli, tempDirs } from './source-dir';

/** What stopped staff: Excel's empty columns, misspelt headers, formulas, night hours, hours at unlisted places. */

const { tempDir, track } = tempDirs('bff-friction-');
async function source(orgs: Record<string, unknown>[]) {
  const dir = await writeSourceDir(orgs);
  track(dir);
  return dir;
}
const run = runDirectoryCli;
async function exported(dir: string): Promise<string[][]> {
  const file = join(await tempDir(), 'liste.csv');
  expect((await run('export-csv', file, '--from', dir)).code).toBe(0);
  return parseCsv(await readFile(file, 'utf8')).records;
}

describe('spreadsheet frictions', () => {
  it('ignores the empty columns Excel leaves at the right edge (;;;)', async () => {
    const dir = await source([validOrganization()]);
    const records = (await exported(dir)).map((r) => [...r, '', '', '']);
    const file = join(await tempDir(), 'mit-leeren-spalten.csv');
    await writeFile(file, writeCsv(records));
    const result = await run('import-csv', file, '--out', dir);
    expect(result.err).toBe('');
    expect(result.out).toContain('Keine Änderungen');
  });

  it('names an unnamed column in the middle by number and letter, and suggests the meant column name', async () => {
    const dir = await source([validOrganization()]);
    const records = await exported(dir);
    const header = records[0]!;
    header[header.indexOf('kurzbeschreibung_de')] = 'kurzbeschreibng_de';
    header[4] = '';
    const file = join(await tempDir(), 'kopf.csv');
    await writeFile(file, writeCsv(records));
    const result = await run('import-csv', file, '--out', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Zeile 1, Spalte kurzbeschreibng_de: Unbekannte Spalte – gemeint ist wohl „kurzbeschreibung_de“',
    );
    expect(result.err).toContain('Zeile 1, Spalte Nr. 5 (E): Spalte ohne Namen in der Kopfzeile');
    expect(closest('Service_ID', ['service_id', 'sector'])).toBe('service_id');
    expect(closest('xyz', ['service_id'])).toBeUndefined();
    expect([excelColumn(1), excelColumn(26), excelColumn(27), excelColumn(217)]).toEqual(['A', 'Z', 'AA', 'HI']);
  });

  it('writes cells Excel would run as a formula with an apostrophe and reads them back unchanged', async () => {
    const org = validOrganization();
    const [service] = org.services as Record<string, unknown>[];
    service!.summary = { de: '=HYPERLINK("https://böse.example";"Hier klicken")' };
    service!.phones = [{ number: '+49 2303 1234', kind: 'voice' }];
    const dir = await source([org]);
    const records = await exported(dir);
    const cells = records[1]!;
    expect(cells[records[0]!.indexOf('kurzbeschreibung_de')]).toBe(
      '\'=HYPERLINK("https://böse.example";"Hier klicken")',
    );
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    const file = join(await tempDir(), 'formeln.csv');
    await writeFile(file, writeCsv(records));
    expect((await run('import-csv', file, '--out', dir)).out).toContain('Keine Änderungen');
  });
});

describe('schedules', () => {
  it('warns about night hours, except for a hotline', async () => {
    const org = validOrganization('elterncafe');
    const [service] = org.services as Record<string, unknown>[];
    (service!.schedules as Record<string, unknown>[])[0]!.weekly = [
      { days: ['fr'], opens: '15:00', closes: '02:00', overnight: true },
    ];
    const loaded = await loadSource(await source([org]));
    const night = (w: ReturnType<typeof directoryWarnings>) => w.filter((x) => x.kind === 'night-hours');
    expect(night(directoryWarnings(loaded.directory!, new Date('2025-02-01'))).map((w) => w.message)).toEqual([
      'Geöffnet in der Nacht (fr 15:00–02:00) – stimmt das? Für ein Telefon oder einen Notdienst ja; sonst die Uhrzeit prüfen (z. B. 20:00 statt 02:00)',
    ]);
    service!.phones = [{ number: '0800 111 0 111', kind: 'hotline' }];
    const hotline = await loadSource(await source([org]));
    expect(night(directoryWarnings(hotline.directory!, new Date('2025-02-01')))).toEqual([]);
  });

  it('refuses hours at a place of the organization that the service does not list', async () => {
    const org = validOrganization('stelle');
    (org.locations as Record<string, unknown>[]).push({
      id: 'stelle-aussen',
      address: { street: 'Weg 2', postalCode: '59423', city: 'Unna', municipality: 'unna' },
    });
    const [service] = org.services as Record<string, unknown>[];
    (service!.schedules as Record<string, unknown>[]).push({
      locationId: 'stelle-aussen',
      weekly: [{ days: ['we'], opens: '09:00', closes: '12:00' }],
      holidays: 'closed',
    });
    const issues = (await loadSource(await source([org]))).issues;
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'organizations/stelle.yaml: services[0].schedules[1].locationId: Öffnungszeiten für den Standort „stelle-aussen“, den das Angebot nicht nennt (locationIds: stelle-mitte) – den Standort in locationIds aufnehmen oder die Öffnungszeiten einem genannten Standort zuordnen',
    ]);
  });
});
