import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/tools/directory/args';
import { runCli } from '../../../src/tools/directory/cli';
import { memoryOutput } from '../../../src/tools/directory/report';
import { validateCommand } from '../../../src/tools/directory/validate-command';
import { validOrganization } from './fixtures';
import { removeDir, writeSourceDir } from './source-dir';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});
async function source(orgs: Record<string, unknown>[]) {
  const dir = await writeSourceDir(orgs);
  dirs.push(dir);
  return dir;
}

describe('directory command line', () => {
  it('prints German help and exits 0 for help', async () => {
    const output = memoryOutput();
    expect(await runCli(['help'], output)).toBe(0);
    expect(output.lines[0]).toContain('Werkzeug für die Redaktion');
    expect(output.lines[0]).toMatch(/validate +Verzeichnis prüfen/);
  });

  it('shows help and exits 2 for an unknown command or option', async () => {
    const output = memoryOutput();
    expect(await runCli(['prüfen'], output)).toBe(2);
    expect(output.errors[0]).toContain('Unbekannter Befehl „prüfen“');
    expect(output.errors[1]).toContain('Aufruf:  npm run directory -- <Befehl>');
    const second = memoryOutput();
    expect(await runCli(['validate', '--farbe', 'rot'], second)).toBe(2);
    expect(second.errors[0]).toContain('Unbekannte Option „--farbe“');
    expect(await runCli(['validate', '--from'], memoryOutput())).toBe(2);
  });

  it('reports a missing source folder in one sentence', async () => {
    const output = memoryOutput();
    expect(await runCli(['validate', '--from', '/nicht/vorhanden'], output)).toBe(1);
    expect(output.errors).toEqual(['Ordner „/nicht/vorhanden“ nicht gefunden oder nicht lesbar']);
  });

  it('validate lists warnings and exits 0', async () => {
    const a = validOrganization('a-stelle');
    const b = validOrganization('b-stelle');
    const bService = (b.services as Record<string, unknown>[])[0]!;
    bService.lastChecked = '2024-01-01';
    const c = validOrganization('c-stelle');
    Object.assign((c.services as Record<string, unknown>[])[0]!, { phones: [], schedules: [] });
    const output = memoryOutput();
    const code = await validateCommand(
      parseArgs(['validate', '--from', await source([a, b, c])]),
      output,
      new Date('2025-06-01T00:00:00Z'),
    );
    expect(code).toBe(0);
    const text = output.lines.join('\n');
    expect(text).toContain('✓ Keine Fehler: 3 Organisationen, 3 Angebote.');
    expect(text).toContain('Zuletzt geprüft am 2024-01-01 – älter als 12 Monate, bitte nachprüfen');
    expect(text).toContain('organizations/c-stelle.yaml: services[0] [c-stelle-angebot]\n      Angebot ohne Zeitplan');
    expect(text).toContain('Angebot ohne Telefonnummer (weder beim Angebot noch bei der Organisation)');
    expect(text).toContain(
      'Dieselbe Nummer (+492303271234) bei verschiedenen Organisationen: a-stelle, b-stelle – Tippfehler?',
    );
    // meta.languages is [de, en]: per organization the name and the service description lack English.
    expect(text).toMatch(/Fehlende Übersetzungen.*\n {4}en: 6\n {2}Vollständige Liste mit --verbose\./);

    const verbose = memoryOutput();
    await validateCommand(parseArgs(['validate', '--verbose', '--from', dirs[0]!]), verbose, new Date('2025-06-01'));
    expect(verbose.lines.join('\n')).toContain('organizations/a-stelle.yaml: name [a-stelle]: Übersetzung „en“ fehlt');
  });

  it('exits 1 on invalid data and 2 on wrong usage when run as a program', async () => {
    const bad = validOrganization();
    bad.phones = [{ number: '0800 HILFE', kind: 'voice' }];
    const cli = join(process.cwd(), 'src/tools/directory/cli.ts');
    const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
    const invalid = spawnSync(tsx, [cli, 'validate', '--from', await source([bad])], { encoding: 'utf8' });
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('Telefonnummer „0800 HILFE“ enthält unerlaubte Zeichen');
    expect(invalid.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    const usage = spawnSync(tsx, [cli, 'unsinn'], { encoding: 'utf8' });
    expect(usage.status).toBe(2);
  }, 30_000);
});
