import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/tools/directory/load-source';
import { validOrganization } from './fixtures';
import { removeDir, writeSourceDir } from './source-dir';

/** Every source file must be UTF-8: a Windows-1252 file is refused, never published as "Elterncaf\uFFFD". */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

/** The text as an old Windows editor saves it: one byte per character (é = 0xE9). */
function windows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}

describe('strict UTF-8 for the editorial source', () => {
  it('refuses an organization file saved as Windows-1252 and names file and line', async () => {
    const dir = await writeSourceDir([validOrganization('cafe-ergste')]);
    dirs.push(dir);
    const file = join(dir, 'organizations', 'cafe-ergste.yaml');
    const text = (await readFile(file, 'utf8')).replace(/^name:\n {2}de: .*$/m, 'name:\n  de: Elterncafé Ergste');
    expect(text).toContain('Elterncafé Ergste');
    await writeFile(file, windows1252(text));
    const line = text.split('\n').findIndex((l) => l.includes('Elterncafé')) + 1;

    const loaded = await loadSource(dir);
    expect(loaded.directory).toBeUndefined();
    expect(loaded.issues).toHaveLength(1);
    expect(loaded.issues[0]?.path).toBe('organizations/cafe-ergste.yaml');
    expect(loaded.issues[0]?.message).toContain('nicht in UTF-8 gespeichert');
    expect(loaded.issues[0]?.message).toContain(`Zeile ${line}`);
  });

  it('refuses dataset.yaml in Windows-1252 too, and reads the same file in UTF-8 (with or without BOM)', async () => {
    const dir = await writeSourceDir([validOrganization()]);
    dirs.push(dir);
    const dataset = join(dir, 'dataset.yaml');
    const text = `# Übersicht für die Redaktion\n${await readFile(dataset, 'utf8')}`;
    await writeFile(dataset, windows1252(text));
    expect((await loadSource(dir)).issues.map((i) => i.message).join('\n')).toContain(
      'Datei dataset.yaml ist nicht in UTF-8 gespeichert (erstes falsches Zeichen in Zeile 1)',
    );
    await writeFile(dataset, `\uFEFF${text}`, 'utf8');
    expect((await loadSource(dir)).issues).toEqual([]);
  });
});
