import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadSource } from '../../../src/tools/directory/load-source';
import { parsePublished } from '../../../src/tools/directory/published-ids';
import { validOrganization } from './fixtures';
import { writeSourceDir, runDirectoryCli, tempDirs } from './source-dir';

/** Published service ids never vanish silently: the build records them, validate insists on a retirement record. */

const { track } = tempDirs('bff-published-ids-');
async function source(orgs: Record<string, unknown>[]): Promise<string> {
  const dir = await writeSourceDir(orgs);
  track(dir);
  return dir;
}
const run = runDirectoryCli;

/** Two organizations, published once (so published-ids.txt lists both services). */
async function publishedSource() {
  const dir = await source([validOrganization('a-stelle', 'a-beratung'), validOrganization('b-stelle', 'b-kurs')]);
  const built = await run('build', '--from', dir, '--out', join(dir, 'out'));
  expect(built.code).toBe(0);
  expect(built.out).toContain('2 Angebote neu in published-ids.txt eingetragen');
  return dir;
}

describe('published ids', () => {
  it('the build records every published service with its organization, and only adds', async () => {
    const dir = await publishedSource();
    const text = await readFile(join(dir, 'published-ids.txt'), 'utf8');
    expect([...parsePublished(text)]).toEqual([
      ['a-beratung', 'a-stelle'],
      ['b-kurs', 'b-stelle'],
    ]);
    const again = await run('build', '--from', dir, '--out', join(dir, 'out'));
    expect(again.out).not.toContain('neu in published-ids.txt');
    expect(await readFile(join(dir, 'published-ids.txt'), 'utf8')).toBe(text);
  });

  it('validate fails in plain German when a published service disappears without a retirement record', async () => {
    const dir = await publishedSource();
    await rm(join(dir, 'organizations', 'b-stelle.yaml'));
    const result = await run('validate', '--from', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Das veröffentlichte Angebot „b-kurs“ fehlt');
    expect(result.err).toContain('in retired.yaml eintragen');
  });

  it('a retirement record with date, reason and successor lets it go, and ships with the published directory', async () => {
    const dir = await publishedSource();
    await rm(join(dir, 'organizations', 'b-stelle.yaml'));
    const record = {
      id: 'b-kurs',
      date: '2026-10-01',
      reason: { de: 'Der Kurs findet nicht mehr statt.', en: 'The course has ended.' },
      successor: 'a-beratung',
    };
    await writeFile(join(dir, 'retired.yaml'), stringify([record]));
    expect((await run('validate', '--from', dir)).code).toBe(0);
    expect((await run('build', '--from', dir, '--out', join(dir, 'out'))).code).toBe(0);
    const published = JSON.parse(await readFile(join(dir, 'out', 'directory.json'), 'utf8'));
    expect(published.retired).toEqual([record]);
  });

  it('refuses a successor that does not exist and a retired id that is still in use', async () => {
    const dir = await publishedSource();
    await writeFile(
      join(dir, 'retired.yaml'),
      stringify([{ id: 'a-beratung', date: '2026-10-01', reason: { de: 'Ende' }, successor: 'gibt-es-nicht' }]),
    );
    const messages = (await loadSource(dir)).issues.map((i) => `${i.path}: ${i.message}`);
    expect(messages).toEqual([
      'retired.yaml: [0].id: „a-beratung“ ist als stillgelegt eingetragen, steht aber noch im Verzeichnis – einen der beiden Einträge entfernen',
      'retired.yaml: [0].successor: Nachfolger „gibt-es-nicht“ gibt es im Verzeichnis nicht – die Kennung eines bestehenden Angebots angeben oder successor weglassen',
    ]);
  });

  it('a duplicate id blames the new file, not the one it was published in, and names both', async () => {
    // "z-neu" sorts after "a-stelle", "0-neu" before it: the published file is never the one blamed.
    for (const newcomer of ['z-neu', '0-neu']) {
      const dir = await publishedSource();
      await writeFile(
        join(dir, 'organizations', `${newcomer}.yaml`),
        stringify(validOrganization(newcomer, 'a-beratung')),
      );
      const issues = (await loadSource(dir)).issues;
      expect(issues).toHaveLength(1);
      expect(issues[0]?.path).toBe(`organizations/${newcomer}.yaml: services[0].id`);
      expect(issues[0]?.message).toContain('veröffentlicht ist sie bei organizations/a-stelle.yaml: services[0].id');
    }
  });
});
