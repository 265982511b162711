import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleSource, loadSource, MAX_FILE_BYTES } from '../../../src/tools/directory/load-source';
import { validMeta, validOrganization } from './fixtures';
import { removeDir, writeSourceDir } from './source-dir';

const dirs: string[] = [];
async function source(orgs = [validOrganization()], meta = validMeta()) {
  const dir = await writeSourceDir(orgs, meta);
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

describe('loadSource', () => {
  it('loads a valid source folder', async () => {
    const loaded = await loadSource(await source([validOrganization('b-stelle'), validOrganization('a-stelle')]));
    expect(loaded.issues).toEqual([]);
    expect(loaded.directory?.organizations.map((o) => o.id)).toEqual(['a-stelle', 'b-stelle']);
    expect(loaded.fileOf.get('a-stelle')).toBe('organizations/a-stelle.yaml');
  });

  it('reports malformed YAML with file and line', async () => {
    const dir = await source();
    await writeFile(join(dir, 'organizations', 'kaputt.yaml'), 'id: kaputt\nname:\n  de: Beratung: Unna\nphones: []\n');
    const loaded = await loadSource(dir);
    expect(loaded.directory).toBeUndefined();
    expect(loaded.issues).toEqual([
      {
        path: 'organizations/kaputt.yaml',
        message:
          'Datei organizations/kaputt.yaml, Zeile 3: Aufbau unklar – fehlt ein Doppelpunkt, stimmt die Einrückung nicht, oder enthält ein Text „: “ (dann den Text in Anführungszeichen setzen)?',
      },
    ]);
  });

  it('names duplicate keys and tabs in German', () => {
    const loaded = assembleSource([
      { name: 'dataset.yaml', text: 'id: a\nid: b\n' },
      { name: 'organizations/x.yaml', text: 'id: x\nname:\n\tde: X\n' },
    ]);
    const messages = loaded.issues.map((i) => i.message);
    expect(messages).toContain('Datei dataset.yaml, Zeile 2: ein Feld steht doppelt im selben Abschnitt');
    expect(messages.some((m) => m.startsWith('Datei organizations/x.yaml, Zeile 3:'))).toBe(true);
  });

  it('reports schema errors with file name, field path and record id', async () => {
    const org = validOrganization();
    (org.services as Record<string, unknown>[])[0]!.topics = ['xyz'];
    const loaded = await loadSource(await source([org]));
    expect(loaded.issues).toEqual([
      {
        path: 'organizations/beratungsstelle-unna.yaml: services[0].topics[0]',
        line: 28,
        message: expect.stringMatching(/^Unbekanntes Thema „xyz“ – erlaubt sind: /),
        recordId: 'beratungsstelle-unna-angebot',
      },
    ]);
  });

  it('refuses a file over 5 MB before parsing it', async () => {
    const dir = await source();
    await writeFile(join(dir, 'organizations', 'riesig.yaml'), 'x'.repeat(MAX_FILE_BYTES + 1));
    const loaded = await loadSource(dir);
    expect(loaded.issues).toEqual([
      {
        path: 'organizations/riesig.yaml',
        message: 'Datei organizations/riesig.yaml ist zu groß (5,0 MB, höchstens 5,0 MB) – nicht gelesen',
      },
    ]);
  });

  it('rejects a file whose name is not the id', async () => {
    const dir = await source();
    await rename(join(dir, 'organizations', 'beratungsstelle-unna.yaml'), join(dir, 'organizations', 'beratung.yaml'));
    const loaded = await loadSource(dir);
    expect(loaded.issues).toEqual([
      {
        path: 'organizations/beratung.yaml: id',
        line: 1,
        message:
          'Dateiname passt nicht zur Kennung „beratungsstelle-unna“ – die Datei muss organizations/beratungsstelle-unna.yaml heißen (oder die id geändert werden)',
        recordId: 'beratungsstelle-unna',
      },
    ]);
  });

  it('names both files for an id used twice', async () => {
    const loaded = await loadSource(
      await source([validOrganization('a-stelle', 'gleich'), validOrganization('b-stelle', 'gleich')]),
    );
    expect(loaded.issues).toEqual([
      {
        path: 'organizations/b-stelle.yaml: services[0].id',
        line: 17,
        message:
          'Kennung „gleich“ doppelt vergeben: schon benutzt bei organizations/a-stelle.yaml: services[0].id – jede Kennung darf im ganzen Verzeichnis nur einmal vorkommen',
        recordId: 'gleich',
      },
    ]);
  });

  it('checks dataset.yaml, lets the build set the version, and notes skipped files', async () => {
    const meta = validMeta();
    meta.regionKey = 5978;
    const dir = await source([validOrganization()], meta);
    await writeFile(join(dir, 'organizations', 'notizen.txt'), 'x');
    const loaded = await loadSource(dir);
    expect(loaded.issues).toEqual([
      {
        path: 'dataset.yaml: regionKey',
        line: 6,
        message: 'regionKey muss "05978" sein (Amtlicher Gemeindeschlüssel des Kreises Unna, in Anführungszeichen)',
        recordId: 'kreis-unna',
      },
    ]);
    expect(loaded.notes).toEqual(['organizations/notizen.txt übersprungen (nur .yaml-Dateien werden gelesen)']);
  });

  it('reports a missing dataset.yaml and an empty organizations folder', async () => {
    const dir = await source([]);
    await removeDir(join(dir, 'dataset.yaml'));
    await mkdir(join(dir, 'organizations'), { recursive: true });
    const loaded = await loadSource(dir);
    expect(loaded.issues.map((i) => i.message)).toEqual([
      'Datei dataset.yaml fehlt (Angaben zum Verzeichnis)',
      'Keine Organisationen gefunden (Ordner organizations/ ist leer)',
    ]);
  });

  it('reports an empty file', () => {
    const loaded = assembleSource([{ name: 'organizations/leer.yaml', text: '# nur ein Kommentar\n' }]);
    expect(loaded.issues.map((i) => i.message)).toContain('Datei organizations/leer.yaml: die Datei ist leer');
  });
});
