import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runDirectoryCli, tempDirs, writeSourceDir } from './source-dir';

const { tempDir, track } = tempDirs('bff-hsds-lang-');

/** A foreign system's HSDS export (no profile of this directory): one file per service. */
async function hsdsFolder(services: { name: string; description: string; fees?: string }[]): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, 'services'));
  for (const [i, { name, description, fees }] of services.entries()) {
    const service = {
      id: `svc-${i}`,
      name,
      description,
      ...(fees ? { fees_description: fees } : {}),
      status: 'active',
      assured_date: '2026-03-01',
      languages: [{ id: 'l', code: 'de' }],
      organization: { id: 'org-1', name: 'Elternverein Nord', description: '' },
    };
    await writeFile(join(dir, 'services', `${i}.json`), JSON.stringify(service));
  }
  return dir;
}

/** A target that already holds the German records (imported from the German HSDS export). */
async function germanTarget(): Promise<string> {
  const source = track(await writeSourceDir([]));
  const target = await tempDir();
  const german = await hsdsFolder([{ name: 'Elterncafé', description: 'Treffpunkt für Eltern. Mit Kinderbetreuung.' }]);
  const result = await runDirectoryCli('import-hsds', german, '--from', source, '--out', target, '--write');
  expect(result.err).toBe('');
  expect(result.out).toContain('Texte als Deutsch gelesen');
  expect(result.out).toContain('--lang en');
  return target;
}

describe('import-hsds --lang: texts in another language', () => {
  it('keeps the stored German, puts the English into translations/en.po and refuses a new English-only service', async () => {
    const target = await germanTarget();
    const yamlBefore = await readFile(join(target, 'organizations', 'elternverein-nord.yaml'), 'utf8');
    const english = await hsdsFolder([
      { name: 'Elterncafé', description: 'Meeting place for parents. With childcare.', fees: 'Free of charge.' },
      { name: 'Family counselling', description: 'Advice for families.' },
    ]);
    const result = await runDirectoryCli('import-hsds', english, '--lang', 'en', '--out', target, '--write');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Texte als Sprache „en“ gelesen');
    expect(result.out).toContain(
      'Angebot „Family counselling“ (family-counselling) nicht übernommen: noch nicht im Verzeichnis und ohne deutschen Text (en) – jeder Eintrag braucht Deutsch',
    );
    // A text with no German to translate from is left out and said so.
    expect(result.out).toContain(
      'elternverein-nord.services.elterncafe.fees: nur auf en, im Verzeichnis ohne deutschen Text – weggelassen',
    );
    expect(result.out).not.toContain('Texte als Deutsch gelesen');
    // The German stays exactly as stored; the English is a translation.
    expect(await readFile(join(target, 'organizations', 'elternverein-nord.yaml'), 'utf8')).toBe(yamlBefore);
    const po = await readFile(join(target, 'translations', 'en.po'), 'utf8');
    expect(po).toContain('msgid "Treffpunkt für Eltern. Mit Kinderbetreuung."');
    expect(po).toContain('msgstr "Meeting place for parents. With childcare."');
    const org = parse(yamlBefore) as { services: { id: string }[] };
    expect(org.services.map((s) => s.id)).toEqual(['elterncafe']);
  });

  it('refuses a language the directory does not have, before reading anything', async () => {
    const english = await hsdsFolder([{ name: 'Elterncafé', description: 'Meeting place.' }]);
    const target = await tempDir();
    const result = await runDirectoryCli('import-hsds', english, '--lang', 'xx', '--out', target, '--write');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('„xx“ ist keine Inhaltssprache des Verzeichnisses');
    expect(await readdir(target)).toEqual([]);
  });
});
