import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/tools/directory/cli';
import { parseCsv, writeCsv } from '../../../src/tools/directory/csv/format';
import { hsdsToOrganizations } from '../../../src/tools/directory/hsds/import';
import { mergeRecord } from '../../../src/tools/directory/merge/merge-data';
import { memoryOutput } from '../../../src/tools/directory/report';
import { REGION_DIR, region } from '../../fixtures/region';
import { removeDir } from './source-dir';

/** Imports merge by id, show their plan first, write only what changes and never delete without being asked. */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bff-merge-'));
  dirs.push(dir);
  return dir;
}
async function run(...argv: string[]) {
  const output = memoryOutput();
  const code = await runCli(argv, output);
  return { code, out: output.lines.join('\n'), err: output.errors.join('\n') };
}

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

const column = (records: string[][], name: string) => (records[0] ?? []).indexOf(name);

/** Only the rows of one organization, with one summary changed: a partial sheet as staff keep it. */
async function partialSheet(records: string[][], orgId: string, edit?: (row: string[]) => void): Promise<string> {
  const orgColumn = column(records, 'organisation_id');
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
    const file = join(await tempDir(), 'gleich.csv');
    await writeFile(file, writeCsv(records));
    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Unverändert: ${region.organizations.length} Organisationen`);
    expect(result.out).toContain('Keine Änderungen – nichts zu schreiben.');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a partial sheet only shows its plan by default and deletes nothing', async () => {
    const { dir, records } = await regionCopy();
    const before = await snapshot(dir);
    const summary = column(records, 'summary_de');
    const file = await partialSheet(records, firstOrg.id, (row) => {
      row[summary] = `${row[summary]} Jetzt auch samstags.`;
    });

    const plan = await run('import-csv', file, '--out', dir);
    expect(plan.code).toBe(0);
    expect(plan.out).toContain(`~ Organisation „${firstOrg.name.de}“ (${firstOrg.id})`);
    expect(plan.out).toContain(`~ Angebot „${firstService.name.de}“ (${firstService.id}): summary`);
    expect(plan.out).toContain(`Nicht im Import, bleiben unverändert: ${others.length} Organisationen`);
    expect(plan.out).toContain('Nichts geschrieben (nur der Plan)');
    expect(await snapshot(dir)).toEqual(before);

    const written = await run('import-csv', file, '--out', dir, '--write');
    expect(written.code).toBe(0);
    const after = await snapshot(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const org of others) expect(after.get(`${org.id}.yaml`)).toBe(before.get(`${org.id}.yaml`));
    expect(after.get(`${firstOrg.id}.yaml`)).toContain('Jetzt auch samstags.');

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
    const website = column(records, 'website');
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
  });

  it('writes nothing when the merged result has an error (a service id taken by a kept organization)', async () => {
    const { dir, records } = await regionCopy();
    const before = await snapshot(dir);
    const serviceId = column(records, 'service_id');
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
    const orgColumn = column(records, 'organisation_id');
    const rows = records
      .filter((r, i) => i === 0 || r[orgColumn] === withEnglish!.id)
      .map((r) => keep.map((i) => r[i] ?? ''));
    const file = join(await tempDir(), 'ohne-englisch.csv');
    await writeFile(file, writeCsv(rows));
    const result = await run('import-csv', file, '--out', dir, '--write');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Keine Änderungen');
  });
});

describe('import-hsds merges too', () => {
  it('a foreign HSDS record (no profile) changes its German texts but keeps translations and keywords', () => {
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
    // The foreign record, matched to the existing id.
    const incoming = { ...mapped.organizations[0]!.services[0]!, id: service.id };
    const merged = mergeRecord(service, incoming, {
      removeMissing: false,
      languages: new Set(['de']),
      keepAbsent: new Set(['keywords', 'role']),
    }) as typeof service;
    expect(merged.name).toEqual({ ...service.name, de: `${service.name.de} (neu)` });
    expect(merged.keywords).toEqual(service.keywords);
    expect(merged.role).toBe(service.role);
  });
});
