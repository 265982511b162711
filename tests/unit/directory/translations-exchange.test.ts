/**
 * The round trip with translators: export-translations writes every text of one language as gettext
 * PO; import-translations takes a translator's file back, refuses each entry that fails a check with
 * a plain German reason, keeps everything it already had, and writes nothing on a fatal error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { organizationTextEntries } from '../../../src/domain/directory/translation-keys';
import { runCli } from '../../../src/tools/directory/cli';
import { loadSource } from '../../../src/tools/directory/load-source';
import { memoryOutput } from '../../../src/tools/directory/report';
import { compileCatalog, parseCatalog, type CatalogEntry } from '../../../src/tools/directory/translations/catalog';
import { region } from '../../fixtures/region';
import { regionCopy, removeCopy, snapshot } from './region-copy';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeCopy));
});
async function copy() {
  const dir = await regionCopy();
  dirs.push(dir);
  return dir;
}

const german = new Map(region.organizations.flatMap((o) => organizationTextEntries(o)).map((e) => [e.key, e.text.de]));
const de = (key: string) => {
  const text = german.get(key);
  if (text === undefined) throw new Error(`No text ${key} in the test region`);
  return text;
};
const entry = (key: string, translation: string, more: Partial<CatalogEntry> = {}): CatalogEntry => ({
  key,
  source: de(key),
  translation,
  fuzzy: false,
  ...more,
});

async function run(...args: string[]) {
  const output = memoryOutput();
  const code = await runCli(args, output);
  return { code, out: output.lines.join('\n'), err: output.errors.join('\n') };
}

async function stored(dir: string, language: string) {
  const result = parseCatalog(language, await readFile(join(dir, 'translations', `${language}.po`), 'utf8'));
  if (!result.ok) throw new Error(result.message);
  return result.catalog.entries;
}

describe('export-translations', () => {
  it('writes every text with the current German, stored translations filled in, outdated ones as drafts with the old German', async () => {
    const dir = await copy();
    const file = join(dir, 'export-tr.po');
    const { code, out } = await run('export-translations', '--lang', 'tr', '--from', dir, '--out', file);
    expect(code).toBe(0);
    expect(out).toContain(`${german.size} Texte für „tr“`);
    const text = await readFile(file, 'utf8');
    const parsed = parseCatalog(file, text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.catalog.language).toBe('tr');
    expect([...parsed.catalog.entries.keys()].sort()).toEqual([...german.keys()].sort());
    for (const [key, exported] of parsed.catalog.entries) expect(exported.source, key).toBe(de(key));

    const before = (await stored(dir, 'tr')).get('kfa-familienpunkt-holzwickede/summary')!;
    const outdated = parsed.catalog.entries.get('kfa-familienpunkt-holzwickede/summary');
    expect(outdated).toMatchObject({ translation: before.translation, fuzzy: true, previousSource: before.source });
    expect(text).toContain(`#| msgid "${before.source}"`);
    expect(parsed.catalog.entries.get('fzs-elterncafe/name')).toMatchObject({ fuzzy: false });
    expect(parsed.catalog.entries.get('afn-babylotsen/name')).toMatchObject({ fuzzy: true });
    expect(parsed.catalog.entries.get('notruf-polizei-110/name')?.translation).toBe('');
    expect(text).toContain('#. Angebot – Kurzbeschreibung');
    expect(text).toContain('#: organizations/kreisfamilienamt.yaml');
  });

  it('asks for a known language', async () => {
    expect((await run('export-translations', '--from', '/nicht/gelesen')).code).toBe(2);
    const { code, err } = await run('export-translations', '--lang', 'xx');
    expect(code).toBe(2);
    expect(err).toContain('Sprache „xx“ unbekannt');
  });
});

describe('import-translations', () => {
  it('takes what passes, refuses each problem with a German reason, and keeps every stored entry', async () => {
    const dir = await copy();
    const before = await stored(dir, 'ar');
    const file = join(dir, 'von-der-uebersetzerin.po');
    const fresh = 'notruf-polizei-110/name';
    const long = 'its-deutschkurse/summary';
    await writeFile(
      file,
      compileCatalog('ar', [
        entry(fresh, 'الطوارئ 110 – الشرطة'.replace('110', de(fresh).match(/\d+/)![0])),
        entry('afn-familienhilfe/name', before.get('afn-familienhilfe/name')!.translation), // reviewed now
        { key: 'gibt-es-nicht/name', source: 'Gibt es nicht', translation: 'شيء', fuzzy: false },
        entry('afn-babylotsen/summary', 'ترجمة لنص قديم', { source: 'Ein älterer Text.' }),
        entry('hnt-hebammensuche/name', ''),
        entry('notruf-rettungsdienst-112/summary', 'اتصل بالرقم 113', {}),
        entry('notruf-rettungsdienst-112/name', 'Emergency 112 – ambulance and fire brigade'),
        entry(long, 'نص '.repeat(de(long).length * 2)),
        entry('kkt-schreisprechstunde/name', 'عيادة\u202eالبكاء'),
      ]),
    );
    const { code, out, err } = await run('import-translations', file, '--from', dir);
    expect(code).toBe(1);
    expect(out).toContain('übernommen: 2 (davon 0 als Entwurf „fuzzy“, 2 geprüft)');
    expect(out).toContain('ohne Übersetzung (leer, übersprungen): 1');
    expect(out).toContain('abgelehnt: 6');
    const refusal = (key: string) => out.split('\n  ✗ ').find((part) => part.startsWith(`${key}\n`)) ?? '';
    expect(refusal('gibt-es-nicht/name')).toContain('unbekannter Schlüssel');
    expect(refusal('afn-babylotsen/summary')).toContain('veraltet – übersetzt aus „Ein älterer Text.“');
    expect(refusal('notruf-rettungsdienst-112/summary')).toContain('Zahlen stimmen nicht');
    expect(refusal('notruf-rettungsdienst-112/name')).toContain('nicht in arabischer Schrift');
    expect(refusal(long)).toContain('viel länger als der deutsche Text');
    expect(refusal('kkt-schreisprechstunde/name')).toContain('unsichtbares Steuerzeichen');
    expect(err).toContain('6 Übersetzungen wurden nicht übernommen');

    const after = await stored(dir, 'ar');
    expect(after.get(fresh)).toMatchObject({ source: de(fresh), fuzzy: false });
    expect(after.get('afn-familienhilfe/name')).toMatchObject({ fuzzy: false });
    // Nothing stored is lost: every earlier entry is still there, refused keys unchanged.
    for (const [key, earlier] of before) {
      if (key === 'afn-familienhilfe/name') continue;
      expect(after.get(key), key).toEqual({ ...earlier });
    }
    expect(after.size).toBe(before.size + 1);
    // The app gets the new translation with the next build.
    const loaded = await loadSource(dir);
    const texts = loaded.directory!.organizations.flatMap((o) => organizationTextEntries(o));
    expect(texts.find((t) => t.key === fresh)?.text.ar).toBe(after.get(fresh)?.translation);
  });

  it('writes nothing when the file names no language of the directory, or is no PO file', async () => {
    const dir = await copy();
    const untouched = await snapshot(dir);
    const wrong = join(dir, '..', `${dir.split('/').pop()}-de.po`);
    dirs.push(wrong);
    await writeFile(
      wrong,
      compileCatalog('en', [entry('notruf-polizei-110/name', 'Police')]).replace('Language: en', 'Language: de'),
    );
    let result = await run('import-translations', wrong, '--from', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Sprache „de“ im Kopf (Language) ist keine Sprache des Verzeichnisses');
    expect(result.err).toContain('Es wurde nichts übernommen');
    await writeFile(wrong, 'msgid "ohne Ende');
    result = await run('import-translations', wrong, '--from', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Es wurde nichts übernommen');
    result = await run('import-translations', join(dir, 'fehlt.po'), '--from', dir);
    expect(result.err).toContain('nicht gefunden');
    expect(await snapshot(dir)).toEqual(untouched);
  });

  it('an exported file sent back unchanged changes nothing, and an outdated draft stays outdated', async () => {
    const dir = await copy();
    const file = join(dir, 'export-tr.po');
    await run('export-translations', '--lang', 'tr', '--from', dir, '--out', file);
    const before = await snapshot(dir);
    const { code, out } = await run('import-translations', file, '--from', dir);
    expect(code).toBe(0);
    expect(out).toContain('übernommen: 0');
    expect(out).toMatch(/unverändert: [1-9]/);
    const { [file.slice(dir.length + 1)]: _export, ...rest } = before;
    const { [file.slice(dir.length + 1)]: _same, ...now } = await snapshot(dir);
    expect(now).toEqual(rest);
    expect((await loadSource(dir)).translations?.outdated).toHaveLength(1);
  });

  it('a translation made from the current German replaces an outdated one', async () => {
    const dir = await copy();
    const key = 'kfa-familienpunkt-holzwickede/summary';
    const old = (await stored(dir, 'tr')).get(key)!;
    const file = join(dir, 'geprueft.po');
    await writeFile(file, compileCatalog('tr', [entry(key, `${old.translation} Küçük çocuklu aileler.`)]));
    const { code } = await run('import-translations', file, '--from', dir);
    expect(code).toBe(0);
    const loaded = await loadSource(dir);
    expect(loaded.translations?.outdated).toEqual([]);
    expect(loaded.translations?.status.find((s) => s.language === 'tr')?.outdated).toBe(0);
  });
});
