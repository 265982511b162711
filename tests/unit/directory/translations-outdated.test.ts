/**
 * The translation files of the test region (tests/fixtures/region/translations/*.po): a translation
 * made from the current German is published, one made from an older German text is left out (the
 * app shows the current German), drafts are listed in `machine`, and stats and validate count and
 * name what is outdated.
 */
import { describe, expect, it } from 'vitest';
import { translated } from '../../../src/domain/directory/text-in';
import { isMachineTranslated } from '../../../src/domain/directory/machine-translation';
import { parseDirectory } from '../../../src/domain/directory/schema';
import { organizationTextEntries } from '../../../src/domain/directory/translation-keys';
import { parseArgs } from '../../../src/tools/directory/args';
import { loadSource } from '../../../src/tools/directory/load-source';
import { memoryOutput } from '../../../src/tools/directory/report';
import { statsCommand } from '../../../src/tools/directory/stats-command';
import { validateCommand } from '../../../src/tools/directory/validate-command';
import { publishedRegion, REGION_DIR } from '../../fixtures/region';

const loaded = await loadSource(REGION_DIR);
const published = publishedRegion();
const texts = new Map(published.organizations.flatMap((o) => organizationTextEntries(o)).map((e) => [e.key, e.text]));
const turkish = loaded.catalogs.find((c) => c.language === 'tr')!;

function text(key: string) {
  const found = texts.get(key);
  if (!found) throw new Error(`No text ${key} in the test region`);
  return found;
}

describe('outdated translations', () => {
  const outdated = loaded.translations!.outdated;

  it('are found where the German changed after the translation', () => {
    expect(outdated.map((o) => [o.language, o.key])).toEqual([['tr', 'kfa-familienpunkt-holzwickede/summary']]);
    const [entry] = outdated;
    expect(entry?.current).toBe(text(entry!.key).de);
    expect(entry?.source).toBe(turkish.entries.get(entry!.key)?.source);
    expect(entry?.source).not.toBe(entry?.current);
    expect(entry?.file).toBe('organizations/kreisfamilienamt.yaml');
  });

  it('are left out of the build, so the app shows the current German', () => {
    const summary = text('kfa-familienpunkt-holzwickede/summary');
    expect(turkish.entries.get('kfa-familienpunkt-holzwickede/summary')?.translation).toBeTruthy();
    expect(translated(summary, 'tr')).toBeUndefined();
    expect(isMachineTranslated(summary, 'tr')).toBe(false);
    // The same record's name was translated from the current German: it stays.
    expect(translated(text('kfa-familienpunkt-holzwickede/name'), 'tr')).toBe(
      turkish.entries.get('kfa-familienpunkt-holzwickede/name')?.translation,
    );
  });

  it('validate names each with its key, file and both German texts, and still exits 0', async () => {
    const output = memoryOutput();
    expect(await validateCommand(parseArgs(['validate', '--from', REGION_DIR]), output)).toBe(0);
    const said = output.lines.join('\n');
    expect(said).toContain('Veraltete Übersetzungen: 1');
    expect(said).toContain('organizations/kreisfamilienamt.yaml: kfa-familienpunkt-holzwickede/summary [tr]');
    expect(said).toContain(`jetzt „${text('kfa-familienpunkt-holzwickede/summary').de}“`);
  });
});

describe('the built directory', () => {
  it('lists machine-assisted drafts per text and language, reviewed ones not', () => {
    const drafted = text('afn-babylotsen/name');
    const reviewed = text('fzs-elterncafe/name');
    expect(turkish.entries.get('afn-babylotsen/name')?.fuzzy).toBe(true);
    expect(turkish.entries.get('fzs-elterncafe/name')?.fuzzy).toBe(false);
    expect(isMachineTranslated(drafted, 'tr')).toBe(true);
    expect(isMachineTranslated(reviewed, 'tr')).toBe(false);
    expect(translated(reviewed, 'tr')).toBe(turkish.entries.get('fzs-elterncafe/name')?.translation);
    // A text without drafts has no `machine` field at all (nothing extra to download).
    for (const value of texts.values()) if (value.machine) expect(value.machine.length).toBeGreaterThan(0);
  });

  it('the phone refuses a `machine` list that names no translation language', () => {
    for (const machine of [['xx'], ['de'], ['tr', 'tr'], 'tr']) {
      const copy = structuredClone(published);
      Object.assign(copy.organizations[0]!.name, { machine });
      const result = parseDirectory(copy);
      expect(result.ok, JSON.stringify(machine)).toBe(false);
    }
    expect(parseDirectory(structuredClone(published)).ok).toBe(true);
  });

  it('keeps German only in the organization files', async () => {
    const { readFile, readdir } = await import('node:fs/promises');
    for (const name of await readdir(`${REGION_DIR}/organizations`)) {
      const yaml = await readFile(`${REGION_DIR}/organizations/${name}`, 'utf8');
      expect(yaml, name).not.toMatch(/^\s*(en|tr|ar|fa|ru|uk|pl|ro|bg|de-simple):/m);
    }
  });
});

describe('stats', () => {
  it('counts per language: done, reviewed, machine-assisted, outdated, missing', async () => {
    const total = loaded.directory!.organizations.flatMap((o) => organizationTextEntries(o)).length;
    const tr = loaded.translations!.status.find((s) => s.language === 'tr');
    const entries = [...turkish.entries.values()];
    const reviewed = entries.filter((e) => !e.fuzzy && e.key !== 'kfa-familienpunkt-holzwickede/summary').length;
    const machine = entries.filter((e) => e.fuzzy).length;
    expect(tr).toEqual({
      language: 'tr',
      total,
      done: reviewed + machine,
      reviewed,
      machine,
      outdated: 1,
      missing: total - entries.length,
      inline: 0,
    });
    expect(reviewed).toBeGreaterThan(0);
    expect(machine).toBeGreaterThan(0);
    const output = memoryOutput();
    expect(await statsCommand(parseArgs(['stats', '--from', REGION_DIR]), output)).toBe(0);
    const row = output.lines.find((line) => line.startsWith('tr '));
    expect(row?.split(/\s+/)).toEqual([
      'tr',
      String(reviewed + machine),
      String(Math.round(((reviewed + machine) / total) * 100)),
      '%',
      String(reviewed),
      String(machine),
      '1',
      String(total - entries.length),
      String(total),
    ]);
  });
});
