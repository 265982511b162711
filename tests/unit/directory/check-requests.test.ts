import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../../../src/tools/directory/cli';
import { memoryOutput } from '../../../src/tools/directory/report';
import { REGION_DIR, region } from '../../fixtures/region';
import { removeDir } from './source-dir';

/** Freshness without a server: a ready e-mail per organization, and the answer recorded with lastChecked. */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});
async function regionCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'bff-checks-'));
  dirs.push(root);
  const dir = join(root, 'quelle');
  await cp(REGION_DIR, dir, { recursive: true });
  return dir;
}
async function run(...argv: string[]) {
  const output = memoryOutput();
  const code = await runCli(argv, output);
  return { code, out: output.lines.join('\n'), err: output.errors.join('\n') };
}

const org = region.organizations.find((o) => o.services.length > 1)!;

describe('check-requests and confirm', () => {
  it('writes one plain German e-mail per organization that lists every entry for confirmation', async () => {
    const dir = await regionCopy();
    const out = join(dir, '..', 'anfragen');
    const result = await run('check-requests', '--from', dir, '--out', out);
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(region.organizations.map((o) => `${o.id}.txt`).sort());
    const mail = await readFile(join(out, `${org.id}.txt`), 'utf8');
    expect(mail).toContain(`Betreff: Bitte prüfen: Ihre Angaben im Familienverzeichnis (${org.name.de})`);
    expect(mail).toContain('Guten Tag,');
    org.services.forEach((service, i) => {
      expect(mail).toContain(`${i + 1}. ${service.name.de}  (Kennung: ${service.id})`);
    });
    expect(mail).toContain('„Alles richtig“');
    expect(mail).toContain(region.meta.editorialEmail);
    expect(mail).not.toMatch(/Standort [a-z0-9-]+ \|/);
  });

  it('confirm sets lastChecked of every service, keeps the rest of the file and records the answer', async () => {
    const dir = await regionCopy();
    const file = join(dir, 'organizations', `${org.id}.yaml`);
    const before = await readFile(file, 'utf8');
    const result = await run(
      'confirm',
      org.id,
      '--from',
      dir,
      '--date',
      '2026-12-01',
      '--changes',
      'Neue Nummer ab Januar',
    );
    expect(result.code).toBe(0);
    const after = await readFile(file, 'utf8');
    const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i]);
    expect(changed).toEqual(org.services.map(() => "    lastChecked: '2026-12-01'"));
    expect(parse(await readFile(join(dir, 'checks.yaml'), 'utf8'))).toEqual([
      { organization: org.id, date: '2026-12-01', answer: 'Neue Nummer ab Januar' },
    ]);
    expect((await run('validate', '--from', dir)).code).toBe(0);

    await run('confirm', org.id, '--from', dir, '--date', '2026-12-02');
    expect(parse(await readFile(join(dir, 'checks.yaml'), 'utf8'))).toHaveLength(2);
  });

  it('names an unknown organization and a wrong date, changing nothing', async () => {
    const dir = await regionCopy();
    expect((await run('confirm', 'gibt-es-nicht', '--from', dir)).err).toContain(
      'Organisation „gibt-es-nicht“ nicht gefunden',
    );
    const wrong = await run('confirm', org.id, '--from', dir, '--date', '1.12.2026');
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('bitte als JJJJ-MM-TT angeben');
  });
});
