import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, writeCsv } from '../../../src/tools/directory/csv/format';
import { hsdsToOrganizations } from '../../../src/tools/directory/hsds/import';
import { loadSource } from '../../../src/tools/directory/load-source';
import { prepareImport, writeImport } from '../../../src/tools/directory/merge/apply';
import { parseCatalog, TARGET_LANGUAGES, type Catalog } from '../../../src/tools/directory/translations/catalog';
import { REGION_DIR, region } from '../../fixtures/region';
import { runDirectoryCli, tempDirs } from './source-dir';

/**
 * Imports merge by id, show their plan first, write only what changes and never delete without being
 * asked. The YAML files keep German only; translations are compared with and written to translations/<lang>.po.
 */

const { tempDir } = tempDirs('bff-merge-');
const run = runDirectoryCli;

/** A copy of the test region in a temp dir, and its export as a spreadsheet. */
async function regionCopy() {
  const dir = join(await tempDir(), 'quelle');
  await cp(REGION_DIR, dir, { recursive: true });
  const csvFile = join(await tempDir(), 'alle.csv');
  expect((await run('export-csv', csvFile, '--from', dir)).code).toBe(0);
  const records = parseCsv(await readFile(csvFile, 'utf8')).records;
  return { dir, records };
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const folder = join(dir, 'organizations');
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n), 'utf8')] as const)));
}

/** The translation files (translations/<lang>.po) of a source folder, by file name. */
async function poSnapshot(dir: string): Promise<Map<string, string>> {
  const folder = join(dir, 'translations');
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(folder, n), 'utf8')] as const)));
}

async function storedCatalog(dir: string, language: string): Promise<Catalog> {
  const parsed = parseCatalog(`${language}.po`, await readFile(join(dir, 'translations', `${language}.po`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.catalog;
}

const column = (records: string[][], name: string) => (records[0] ?? []).indexOf(name);

/** The whole sheet with some cells of service rows changed. */
async function editedSheet(records: string[][], edits: { service: string; column: string; value: string }[]) {
  const rows = records.map((r) => [...r]);
  for (const edit of edits) {
    const row = rows.find((r) => r[column(records, 'angebot_kennung')] === edit.service);
    expect(row).toBeDefined();
    expect(column(records, edit.column)).toBeGreaterThanOrEqual(0);
    row![column(records, edit.column)] = edit.value;
  }
  const file = join(await tempDir(), 'geaendert.csv');
  await writeFile(file, writeCsv(rows));
  return file;
}

const allServices = region.organizations.flatMap((o) => o.services.map((s) => ({ org: o, service: s })));

/** Only the rows of one organization, with one summary changed: a partial sheet as staff keep it. */
async function partialSheet(records: string[][], orgId: string, edit?: (row: string[]) => void): Promise<string> {
  const orgColumn = column(records, 'organisation_kennung');
  const rows = records.slice(1).filter((r) => r[orgColumn] === orgId);
  expect(rows.length).toBeGreaterThan(0);
  if (edit) edit(rows[0] as string[]);
  const file = join(await tempDir(), 'teil.csv');
  await writeFile(file, writeCsv([records[0] as string[], ...rows]));
  return file;
}

const [first, ...others] = [...region.organizations].sort((a, b) => a.id.localeCompare(b.id));
const firstOrg = first!;
const firstService = firstOrg.services[0]!;

describe('import-csv merges by id', () => {
  it('an unchanged sheet changes nothing and writes nothing', async () => {
    const { dir, records } = await regionCopy();
    const before = await snapshot(dir);
    const poBefore = await poSnapshot(dir);
    expect(poBefore.size).toBeGreaterThan(0);
    const file = join(await tempDir(), 'gleich.csv');
    await writeFile(file, writeCsv(records));
    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Unverändert: ${region.organizations.length} Organisationen`);
    expect(result.out).not.toContain('Übersetzungen (');
    expect(result.out).toContain('Keine Änderungen – nichts zu schreiben.');
    expect(await snapshot(dir)).toEqual(before);
    expect(await poSnapshot(dir)).toEqual(poBefore);
    expect(await readdir(dir)).not.toContain('.sicherung');
  });

  it('a partial sheet only shows its plan by default and deletes nothing', async () => {
    const { dir, records } = await regionCopy();
    const before = await snapshot(dir);
    const poBefore = await poSnapshot(dir);
    const summary = column(records, 'kurzbeschreibung_de');
    const file = await partialSheet(records, firstOrg.id, (row) => {
      row[summary] = `${row[summary]} Jetzt auch samstags.`;
    });
    // The stored translations of that summary become outdated (made from the German before).
    const translatedInto = TARGET_LANGUAGES.filter((l) => firstService.summary[l] !== undefined);
    expect(translatedInto.length).toBeGreaterThan(0);

    const plan = await run('import-csv', file, '--out', dir);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain(`~ Organisation „${firstOrg.name.de}“ (${firstOrg.id})`);
    expect(plan.out).toContain(`~ Angebot „${firstService.name.de}“ (${firstService.id}): summary`);
    expect(plan.out).toContain(`Nicht im Import, bleiben unverändert: ${others.length} Organisationen`);
    for (const language of translatedInto)
      expect(plan.out).toContain(`${language}: übernommen 0 (als geprüft), abgelehnt 0,`);
    expect(plan.out).toContain(
      `Veraltet: ${translatedInto.length} – bis zur neuen Übersetzung zeigt die App dort Deutsch`,
    );
    expect(plan.out).toContain('Nichts geschrieben (nur der Plan)');
    expect(await snapshot(dir)).toEqual(before);

    const written = await run('import-csv', file, '--out', dir, '--write');
    expect(written.code).toBe(0);
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const org of others) expect(after.get(`${org.id}.yaml`)).toBe(before.get(`${org.id}.yaml`));
    expect(after.get(`${firstOrg.id}.yaml`)).toContain('Jetzt auch samstags.');
    // German only in the YAML file; the translation files are untouched and those translations now outdated.
    expect(after.get(`${firstOrg.id}.yaml`)).not.toMatch(/^\s+(en|tr|ar|fa|ru):/m);
    expect(await poSnapshot(dir)).toEqual(poBefore);
    const loaded = await loadSource(dir);
    expect(
      loaded.translations?.outdated
        .filter((o) => o.key === `${firstService.id}/summary`)
        .map((o) => o.language)
        .sort(),
    ).toEqual([...translatedInto].sort());

    // The replaced file is kept in the backup folder the command names.
    const backup = /Sicherung der ersetzten Dateien: (.+)$/m.exec(written.out)?.[1];
    expect(backup).toBeDefined();
    expect(await readFile(join(backup!, 'organizations', `${firstOrg.id}.yaml`), 'utf8')).toBe(
      before.get(`${firstOrg.id}.yaml`),
    );
  });

  it('refuses to remove published services that have no retirement record', async () => {
    const { dir, records } = await regionCopy();
    const before = await snapshot(dir);
    const file = await partialSheet(records, firstOrg.id);
    const result = await run('import-csv', file, '--out', dir, '--write', '--remove-missing');
    expect(result.code).toBe(1);
    expect(result.err).toContain(`Das veröffentlichte Angebot „${others[0]!.services[0]!.id}“ fehlt`);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('removes what the sheet lacks only with --remove-missing, listing every name, with a backup', async () => {
    const { dir, records } = await regionCopy();
    await rm(join(dir, 'published-ids.txt')); // a region that was never published
    const before = await snapshot(dir);
    const file = await partialSheet(records, firstOrg.id);
    const result = await run('import-csv', file, '--out', dir, '--write', '--remove-missing');
    expect(result.code).toBe(0);
    for (const org of others) expect(result.out).toContain(`− Organisation „${org.name.de}“ (${org.id})`);
    expect([...(await snapshot(dir)).keys()]).toEqual([`${firstOrg.id}.yaml`]);
    const backup = /Sicherung der ersetzten Dateien: (.+)$/m.exec(result.out)?.[1] ?? '';
    const saved = await readdir(join(backup, 'organizations'));
    expect(saved.sort()).toEqual(others.map((o) => `${o.id}.yaml`).sort());
    expect(await readFile(join(backup, 'organizations', saved[0]!), 'utf8')).toBe(before.get(saved[0]!));
  });

  it('keeps the editors’ comments and key order and changes only the edited line', async () => {
    const { dir, records } = await regionCopy();
    const path = join(dir, 'organizations', `${firstOrg.id}.yaml`);
    const original = await readFile(path, 'utf8');
    const commented = `# Von der Redaktion: Ansprechpartnerin wechselt im März\n${original.replace(
      /^services:$/m,
      'services:\n  # Dieses Angebot zuerst prüfen',
    )}`;
    await writeFile(path, commented);
    const poBefore = await poSnapshot(dir);
    const website = column(records, 'webseite');
    const file = await partialSheet(records, firstOrg.id, (row) => {
      row[website] = 'https://neu.example/angebot';
    });
    expect((await run('import-csv', file, '--out', dir, '--write')).code).toBe(0);
    const after = await readFile(path, 'utf8');
    expect(after).toContain('# Von der Redaktion: Ansprechpartnerin wechselt im März');
    expect(after).toContain('# Dieses Angebot zuerst prüfen');
    const oldLines = new Set(commented.split('\n'));
    const newLines = new Set(after.split('\n'));
    expect([...newLines].filter((line) => !oldLines.has(line))).toEqual(['    website: https://neu.example/angebot']);
    expect([...oldLines].filter((line) => !newLines.has(line))).toEqual([]);
    expect(after).toContain('https://neu.example/angebot');
    expect(await poSnapshot(dir)).toEqual(poBefore);
  });

  it('writes nothing when the merged result has an error (a service id taken by a kept organization)', async () => {
    const { dir, records } = await regionCopy();
    const before = await snapshot(dir);
    const serviceId = column(records, 'angebot_kennung');
    const takenId = others[0]!.services[0]!.id;
    const file = await partialSheet(records, firstOrg.id, (row) => {
      row[serviceId] = takenId;
    });
    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain(takenId);
    expect(result.err).toContain('Nichts geschrieben');
    expect(await snapshot(dir)).toEqual(before);
    expect((await readdir(join(dir, 'organizations'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps texts in languages the sheet has no columns for', async () => {
    const { dir, records } = await regionCopy();
    const withEnglish = region.organizations.find((o) => o.services.some((s) => s.name.en));
    expect(withEnglish).toBeDefined();
    const header = records[0] ?? [];
    const keep = header.map((name, i) => (/_en$/.test(name) ? -1 : i)).filter((i) => i >= 0);
    const orgColumn = column(records, 'organisation_kennung');
    const rows = records
      .filter((r, i) => i === 0 || r[orgColumn] === withEnglish!.id)
      .map((r) => keep.map((i) => r[i] ?? ''));
    const file = join(await tempDir(), 'ohne-englisch.csv');
    await writeFile(file, writeCsv(rows));
    const poBefore = await poSnapshot(dir);
    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Keine Änderungen');
    expect(await poSnapshot(dir)).toEqual(poBefore);
    const loaded = await loadSource(dir);
    const english = loaded.directory?.organizations.find((o) => o.id === withEnglish!.id);
    expect(english?.services.map((s) => s.name.en)).toEqual(withEnglish!.services.map((s) => s.name.en));
  });

  it('a translation edited in the sheet lands in the PO file as reviewed; the other drafts keep their flag', async () => {
    const { dir, records } = await regionCopy();
    const draft = allServices.find(({ service }) => service.name.machine?.includes('tr') && service.name.tr);
    expect(draft).toBeDefined();
    const { service } = draft!;
    const key = `${service.id}/name`;
    const trBefore = await storedCatalog(dir, 'tr');
    expect(trBefore.entries.get(key)?.fuzzy).toBe(true);
    const yamlBefore = await snapshot(dir);
    const poBefore = await poSnapshot(dir);
    const edited = `${service.name.tr!} (gözden geçirildi)`;
    const file = await editedSheet(records, [{ service: service.id, column: 'angebot_name_tr', value: edited }]);

    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('tr: übernommen 1 (als geprüft), abgelehnt 0');
    expect(result.out).toContain(`    + ${key}`);
    expect(result.out).toContain(`Unverändert: ${region.organizations.length} Organisationen`);

    const trAfter = await storedCatalog(dir, 'tr');
    expect(trAfter.entries.get(key)).toMatchObject({ source: service.name.de, translation: edited, fuzzy: false });
    // Every other entry exactly as before, drafts still drafts; the YAML files and other languages untouched.
    for (const [other, entry] of trBefore.entries) {
      if (other !== key)
        expect(trAfter.entries.get(other)).toMatchObject({
          translation: entry.translation,
          fuzzy: entry.fuzzy,
          source: entry.source,
        });
    }
    expect(trAfter.entries.size).toBe(trBefore.entries.size);
    expect(await snapshot(dir)).toEqual(yamlBefore);
    const poAfter = await poSnapshot(dir);
    for (const [name, text] of poBefore) if (name !== 'tr.po') expect(poAfter.get(name)).toBe(text);
    // The replaced translation file is in the backup, like the YAML files.
    const backup = /Sicherung der ersetzten Dateien: (.+)$/m.exec(result.out)?.[1] ?? '';
    expect(await readFile(join(backup, 'translations', 'tr.po'), 'utf8')).toBe(poBefore.get('tr.po'));
    const loaded = await loadSource(dir);
    const shown = loaded.directory?.organizations.flatMap((o) => o.services).find((s) => s.id === service.id);
    expect(shown?.name.tr).toBe(edited);
    expect(shown?.name.machine ?? []).not.toContain('tr');
  });

  it('stops before writing anything when a translation file of the target cannot be read', async () => {
    const { dir, records } = await regionCopy();
    await writeFile(join(dir, 'translations', 'tr.po'), 'msgid "ohne Kopf"\nmsgstr "x"\n');
    const before = await snapshot(dir);
    const poBefore = await poSnapshot(dir);
    const summary = column(records, 'kurzbeschreibung_de');
    const file = await partialSheet(records, firstOrg.id, (row) => {
      row[summary] = `${row[summary]} Jetzt auch samstags.`;
    });
    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(1);
    expect(result.err).toContain('translations/tr.po');
    expect(result.err).toContain('Nichts geschrieben');
    expect(await snapshot(dir)).toEqual(before);
    expect(await poSnapshot(dir)).toEqual(poBefore);
  });

  it('a refused translation (wrong digits) is listed, the stored one stays and nothing else is lost', async () => {
    const { dir, records } = await regionCopy();
    const translated = allServices.find(({ service }) => service.name.en);
    const changed = allServices.find(({ org }) => org.id !== translated?.org.id);
    expect(translated && changed).toBeTruthy();
    const key = `${translated!.service.id}/name`;
    const yamlBefore = await snapshot(dir);
    const poBefore = await poSnapshot(dir);
    const file = await editedSheet(records, [
      { service: translated!.service.id, column: 'angebot_name_en', value: `${translated!.service.name.en!} 4711` },
      { service: changed!.service.id, column: 'kurzbeschreibung_de', value: 'Neue Kurzbeschreibung für alle.' },
    ]);

    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(1);
    expect(result.out).toContain('en: übernommen 0 (als geprüft), abgelehnt 1');
    expect(result.out).toContain(`    ✗ ${key}`);
    expect(result.out).toContain('Zahlen stimmen nicht mit dem deutschen Text überein (nicht im deutschen Text: 4711)');
    expect(result.out).toContain(`~ Angebot „${changed!.service.name.de}“ (${changed!.service.id}): summary`);
    expect(result.err).toContain('1 Übersetzung wurde nicht übernommen');
    // The German change is written; the stored translation and every other file stay as they were.
    const after = await snapshot(dir);
    expect(after.get(`${changed!.org.id}.yaml`)).toContain('Neue Kurzbeschreibung für alle.');
    for (const [name, text] of yamlBefore) if (name !== `${changed!.org.id}.yaml`) expect(after.get(name)).toBe(text);
    expect(await poSnapshot(dir)).toEqual(poBefore);
    expect((await storedCatalog(dir, 'en')).entries.get(key)?.translation).toBe(translated!.service.name.en);
  });
});

describe('import-hsds merges too', () => {
  it('a foreign HSDS record (no profile) changes its German texts; its translations stay in the PO files, now outdated, and keywords stay', async () => {
    const { dir } = await regionCopy();
    const org = region.organizations.find((o) => o.services.some((s) => s.keywords && s.name.en))!;
    const service = org.services.find((s) => s.keywords && s.name.en)!;
    const mapped = hsdsToOrganizations([
      {
        name: 'service.json',
        data: {
          id: 'fremd-1',
          name: `${service.name.de} (neu)`,
          description: service.description.de,
          status: 'active',
          organization: { id: 'fremd-org', name: org.name.de },
        },
      },
    ]);
    // The foreign record, matched to the existing id, in the organization as its file holds it.
    const incoming = { ...mapped.organizations[0]!.services[0]!, id: service.id };
    const data = parse(await readFile(join(dir, 'organizations', `${org.id}.yaml`), 'utf8')) as {
      services: { id: string }[];
    };
    const imported = { ...data, services: data.services.map((s) => (s.id === service.id ? incoming : s)) };
    const poBefore = await poSnapshot(dir);
    const prepared = await prepareImport(dir, dir, [imported], {
      removeMissing: false,
      languages: new Set(['de']),
      keepAbsent: new Set(['keywords', 'role']),
    });
    const translatedInto = TARGET_LANGUAGES.filter((l) => service.name[l] !== undefined);
    expect(translatedInto.length).toBeGreaterThan(0);
    expect(prepared.translations.writes).toEqual([]);
    for (const language of translatedInto)
      expect(prepared.translations.languages.find((l) => l.language === language)?.outdated).toBeGreaterThan(0);
    const written = parse(prepared.plan.writes.find((w) => w.name === `organizations/${org.id}.yaml`)!.text) as {
      services: Record<string, unknown>[];
    };
    const merged = written.services.find((s) => s.id === service.id)!;
    expect(merged.name).toEqual({ de: `${service.name.de} (neu)` });
    expect(merged.keywords).toEqual(service.keywords);
    expect(merged.role).toBe(service.role);
    expect(prepared.issues).toEqual([]);
    await writeImport(dir, prepared);
    expect(await poSnapshot(dir)).toEqual(poBefore);
    const loaded = await loadSource(dir);
    expect(
      loaded.translations?.outdated
        .filter((o) => o.key === `${service.id}/name`)
        .map((o) => o.language)
        .sort(),
    ).toEqual([...translatedInto].sort());
  });
});
