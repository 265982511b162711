import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv, writeCsv } from '../../../src/tools/directory/csv/format';
import { loadSource } from '../../../src/tools/directory/load-source';
import { germanOnly } from '../../../src/tools/directory/merge/translations';
import { REGION_DIR } from '../../fixtures/region';
import { richDirectory } from './csv-fixture';
import { writeSourceDir, runDirectoryCli, tempDirs } from './source-dir';

const { tempDir, track } = tempDirs('bff-csv-');
const run = runDirectoryCli;

/** Exports `from` to a CSV file in a fresh temp dir; returns the file and its bytes. */
async function exportTo(from: string) {
  const file = join(await tempDir(), 'verzeichnis.csv');
  const result = await run('export-csv', file, '--from', from);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return { file, bytes: await readFile(file) };
}

/** Replaces one cell (by column name) in the given data row of a CSV text. */
function editCell(csv: string, row: number, column: string, value: string): string {
  const records = parseCsv(csv).records;
  const index = records[0]?.indexOf(column) ?? -1;
  expect(index).toBeGreaterThanOrEqual(0);
  (records[row - 1] as string[])[index] = value;
  return writeCsv(records);
}

describe('export-csv and import-csv', () => {
  it('round-trips every field: export → import into an empty folder → export is byte-identical', async () => {
    const { meta, organizations } = richDirectory();
    const source = await writeSourceDir(organizations, meta);
    track(source);
    const first = await exportTo(source);
    const text = first.bytes.toString('utf8');
    expect(
      text.startsWith(
        '\uFEFFangebot_kennung;angebot_name_de;kurzbeschreibung_de;beschreibung_de;telefon;e_mail;standort1_ort;oeffnungszeiten;',
      ),
    ).toBe(true);
    expect(text).toContain('\r\n');

    const target = join(await tempDir(), 'neu');
    const imported = await run('import-csv', first.file, '--from', source, '--out', target, '--write');
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    expect((await readdir(join(target, 'organizations'))).sort()).toEqual([
      'bundesweit-hilfe.yaml',
      'familienpunkt-musterstadt.yaml',
    ]);
    // Same data as the source, field for field (dataset.yaml copied from --from): German in the
    // YAML file, the translations in translations/<lang>.po (reviewed: staff typed them).
    const written = parse(await readFile(join(target, 'organizations', 'familienpunkt-musterstadt.yaml'), 'utf8'));
    expect(written).toEqual(germanOnly(organizations[1]));
    const loaded = await loadSource(target);
    expect(loaded.directory?.organizations.find((o) => o.id === 'familienpunkt-musterstadt')).toEqual(organizations[1]);
    expect(loaded.translations?.status.every((s) => s.machine === 0 && s.inline === 0)).toBe(true);
    expect(parse(await readFile(join(target, 'dataset.yaml'), 'utf8'))).toEqual(meta);

    const second = await exportTo(target);
    expect(second.bytes.equals(first.bytes)).toBe(true);
  });

  it('reads a comma-separated file without BOM and with LF line ends', async () => {
    const { meta, organizations } = richDirectory();
    const source = await writeSourceDir(organizations, meta);
    track(source);
    const { bytes } = await exportTo(source);
    const records = parseCsv(bytes.toString('utf8')).records;
    const commaCsv = writeCsv(records, ',').slice(1).replace(/\r\n/g, '\n');
    const file = join(await tempDir(), 'komma.csv');
    await writeFile(file, commaCsv);
    const target = await tempDir();
    expect((await run('import-csv', file, '--from', source, '--out', target, '--write')).code).toBe(0);
    expect((await exportTo(target)).bytes.equals(bytes)).toBe(true);
  });

  it('names row and column of a bad cell and writes nothing', async () => {
    const { meta, organizations } = richDirectory();
    const source = await writeSourceDir(organizations, meta);
    track(source);
    const { file, bytes } = await exportTo(source);
    let csv = editCell(bytes.toString('utf8'), 3, 'themen', 'parenting|kita');
    csv = editCell(csv, 2, 'geprueft_am', '2026-02-30');
    await writeFile(file, csv);
    const before = await readFile(join(source, 'organizations', 'familienpunkt-musterstadt.yaml'), 'utf8');

    const result = await run('import-csv', file, '--from', source, '--out', source, '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Zeile 3, Spalte themen: Unbekanntes Thema „kita“ – erlaubt sind: pregnancy-birth, midwife',
    );
    expect(result.err).toContain('nichts geschrieben');
    expect(await readFile(join(source, 'organizations', 'familienpunkt-musterstadt.yaml'), 'utf8')).toBe(before);

    // Once the cell problems are fixed, schema problems are placed at their row and column too.
    await writeFile(file, editCell(bytes.toString('utf8'), 2, 'geprueft_am', '2026-02-30'));
    const schema = await run('import-csv', file, '--from', source, '--out', source, '--write');
    expect(schema.err).toContain('Zeile 2, Spalte geprueft_am: „2026-02-30“ ist kein gültiges Datum');
    expect(await readFile(join(source, 'organizations', 'familienpunkt-musterstadt.yaml'), 'utf8')).toBe(before);
  });

  it('requires the rows of one organization to agree and names both rows', async () => {
    const { meta, organizations } = richDirectory();
    const source = await writeSourceDir(organizations, meta);
    track(source);
    const { file, bytes } = await exportTo(source);
    await writeFile(file, editCell(bytes.toString('utf8'), 4, 'standort1_strasse', 'Markt 2'));
    const result = await run('import-csv', file, '--from', source, '--out', await tempDir());
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      'Zeile 4, Spalte standort1_strasse: weicht von Zeile 3 ab („Markt 2“ statt „Rathausplatz 1“)',
    );
  });

  it('refuses unknown columns, broken quotes, non-UTF-8 and files over 150 MB before parsing', async () => {
    const dir = await tempDir();
    const file = join(dir, 'x.csv');
    await writeFile(file, '\uFEFForganisation_id;lifestages\r\nx;y\r\n');
    expect((await run('import-csv', file, '--out', dir)).err).toContain(
      'Zeile 1, Spalte lifestages: Unbekannte Spalte',
    );
    await writeFile(file, 'organisation_id;service_id\r\n"x;y\r\n');
    expect((await run('import-csv', file, '--out', dir)).err).toContain(
      'Zeile 2: Anführungszeichen wird nicht geschlossen',
    );
    await writeFile(file, Buffer.from([0x61, 0x3b, 0x62, 0x0d, 0x0a, 0xfc, 0x3b, 0x78]));
    expect((await run('import-csv', file, '--out', dir)).err).toContain('nicht in UTF-8 gespeichert');
    await writeFile(file, '');
    await truncate(file, 150 * 1024 * 1024 + 1);
    const big = await run('import-csv', file, '--out', dir);
    expect(big.code).toBe(1);
    expect(big.err).toMatch(/ist zu groß \(150,0 MB, höchstens 150,0 MB\) – nicht gelesen/);
    expect(await readdir(dir)).toEqual(['x.csv']);
  });

  it('exits 2 without a file name', async () => {
    expect((await run('export-csv')).code).toBe(2);
    expect((await run('import-csv')).err).toContain('Bitte die Datei angeben');
  });

  it('round-trips a whole region (the test region) byte for byte', async () => {
    const first = await exportTo(REGION_DIR);
    const target = await tempDir();
    const imported = await run('import-csv', first.file, '--from', REGION_DIR, '--out', target, '--write');
    expect(imported.err).toBe('');
    const second = await exportTo(target);
    expect(second.bytes.equals(first.bytes)).toBe(true);
    // The new folder gets the guide's questions too, so it can be published as it is.
    expect(await readFile(join(target, 'guide.yaml'), 'utf8')).toBe(
      await readFile(join(REGION_DIR, 'guide.yaml'), 'utf8'),
    );
    const built = await run('build', '--from', target, '--out', await tempDir());
    expect(built.err).toBe('');
    expect(built.code).toBe(0);
  }, 60_000);
});
