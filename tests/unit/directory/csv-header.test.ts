import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../src/tools/directory/csv/format';
import { germanColumn, internalColumn } from '../../../src/tools/directory/csv/layout';
import { richDirectory } from './csv-fixture';
import { runDirectoryCli, tempDirs, writeSourceDir } from './source-dir';

const { tempDir, track } = tempDirs('bff-csv-header-');

/** The old sheet's names: the internal ones (English and mixed), as export-csv wrote them before. */
const OLD_FIRST = ['service_id', 'name_de', 'summary_de', 'description_de', 'phones', 'email', 'standort1_city'];

async function exported(): Promise<{ source: string; file: string; records: string[][] }> {
  const { meta, organizations } = richDirectory();
  const source = track(await writeSourceDir(organizations, meta));
  const file = join(await tempDir(), 'verzeichnis.csv');
  const result = await runDirectoryCli('export-csv', file, '--from', source);
  expect(result.err).toBe('');
  return { source, file, records: parseCsv(await readFile(file, 'utf8')).records };
}

describe('the spreadsheet header', () => {
  it('puts the columns staff edit most first, in German, and translations last', async () => {
    const { records } = await exported();
    const header = records[0] ?? [];
    expect(header.slice(0, 8)).toEqual([
      'angebot_kennung',
      'angebot_name_de',
      'kurzbeschreibung_de',
      'beschreibung_de',
      'telefon',
      'e_mail',
      'standort1_ort',
      'oeffnungszeiten',
    ]);
    // Every header is a German name (none of the old English ones is left).
    for (const name of header) {
      expect(internalColumn(name), name).toBeDefined();
      expect(germanColumn(internalColumn(name)!)).toBe(name);
    }
    expect(header.filter((name) => OLD_FIRST.includes(name))).toEqual([]);
    // German columns first, every translation column after them.
    const firstTranslation = header.findIndex((name) => /_(en|tr|ar|uk|fa|ru|pl|ro|bg|de-simple)$/.test(name));
    expect(firstTranslation).toBeGreaterThan(0);
    expect(header.slice(firstTranslation).every((name) => !name.endsWith('_de'))).toBe(true);
    expect(header.indexOf('organisation_kennung')).toBeGreaterThan(header.indexOf('geprueft_am'));
  });

  it('still reads an older sheet with the English column names, says so in the plan, and gives the same result', async () => {
    const { source, file, records } = await exported();
    const oldRecords = [(records[0] ?? []).map((name) => internalColumn(name) ?? name), ...records.slice(1)];
    expect(oldRecords[0]).toEqual(expect.arrayContaining(OLD_FIRST));
    const oldFile = join(await tempDir(), 'alt.csv');
    await writeFile(oldFile, writeCsv(oldRecords));

    const fromNew = await tempDir();
    const fromOld = await tempDir();
    const newImport = await runDirectoryCli('import-csv', file, '--from', source, '--out', fromNew, '--write');
    const oldImport = await runDirectoryCli('import-csv', oldFile, '--from', source, '--out', fromOld, '--write');
    expect(newImport.code).toBe(0);
    expect(oldImport.err).toBe('');
    expect(oldImport.code).toBe(0);
    expect(oldImport.out).toContain('Ältere Tabelle erkannt (englische oder gemischte Spaltennamen)');
    expect(newImport.out).not.toContain('Ältere Tabelle');
    for (const id of ['bundesweit-hilfe', 'familienpunkt-musterstadt']) {
      const path = (dir: string) => join(dir, 'organizations', `${id}.yaml`);
      expect(await readFile(path(fromOld), 'utf8')).toBe(await readFile(path(fromNew), 'utf8'));
    }
  });
});
