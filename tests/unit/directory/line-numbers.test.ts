import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSource } from '../../../src/tools/directory/load-source';
import { REGION_DIR, region } from '../../fixtures/region';
import { removeDir } from './source-dir';

/** Content errors carry the line of their field; one indentation slip is one message. */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

const org = region.organizations.find((o) => o.services.length > 1)!;

/** The test region in a temp dir with one organization file changed line by line. */
async function withEdit(edit: (lines: string[]) => void) {
  const dir = join(await mkdtemp(join(tmpdir(), 'bff-lines-')), 'quelle');
  dirs.push(dir);
  await cp(REGION_DIR, dir, { recursive: true });
  const file = join(dir, 'organizations', `${org.id}.yaml`);
  const lines = (await readFile(file, 'utf8')).split('\n');
  edit(lines);
  await writeFile(file, lines.join('\n'));
  return { issues: (await loadSource(dir)).issues, lines };
}

describe('line numbers', () => {
  it('one line indented a space too far gives one message at that line, not one per following line', async () => {
    let slip = 0;
    const { issues } = await withEdit((lines) => {
      slip = lines.findIndex((l) => /^ {4}summary:$/.test(l));
      expect(slip).toBeGreaterThan(0);
      lines[slip] = `   ${lines[slip]!.trimStart()}`;
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain(`Zeile ${slip + 1}: die Einrückung stimmt nicht`);
    expect(issues[0]?.message).toMatch(/\(\d+ Folgefehler in späteren Zeilen nicht einzeln aufgeführt/);
  });

  it('every content error names the line of its field', async () => {
    const wrong: number[] = [];
    const { issues } = await withEdit((lines) => {
      lines.forEach((line, i) => {
        if (/^ {4}sector: /.test(line)) {
          lines[i] = '    sector: jugend';
          wrong.push(i + 1);
        }
      });
    });
    expect(issues.map((i) => i.line)).toEqual(wrong);
    expect(issues.every((i) => i.message.startsWith('Unbekannter Bereich'))).toBe(true);
  });

  it('an empty field is called an empty field, not "null"', async () => {
    const { issues } = await withEdit((lines) => {
      const at = lines.findIndex((l) => /^ {6}de: /.test(l));
      lines[at] = '      de:';
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('ein leeres Feld');
    expect(issues[0]?.message).not.toContain('null');
    expect(issues[0]?.line).toBeGreaterThan(0);
  });
});
