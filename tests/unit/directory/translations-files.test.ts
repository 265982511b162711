/**
 * The pieces of the translation files: the checks a translator's text must pass, the language a
 * file names, and moving translations that are still written in YAML files into the PO files.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { organizationTextEntries } from '../../../src/domain/directory/translation-keys';
import { runCli } from '../../../src/tools/directory/cli';
import { loadSource } from '../../../src/tools/directory/load-source';
import { memoryOutput } from '../../../src/tools/directory/report';
import { languageFromHeader, parseCatalog } from '../../../src/tools/directory/translations/catalog';
import { checkTranslation } from '../../../src/tools/directory/translations/checks';
import { withoutInlineTranslations } from '../../../src/tools/directory/translations/inline-yaml';
import { removeDir, writeSourceDir } from './source-dir';
import { snapshot } from './region-copy';
import { validOrganization } from './fixtures';

describe('checkTranslation', () => {
  it.each([
    ['tr', 'Rufen Sie 0800 111 0 550 an (9–17 Uhr).', 'Arayın: 0800 111 0 550 (9–17).'],
    ['ar', 'Notruf 112', 'الطوارئ ١١٢'], // Arabic-Indic digits are the same numbers
    ['fa', 'Notruf 112', 'اورژانس ۱۱۲'],
    ['ar', 'AWO Unna', 'AWO Unna'], // a name kept as it is
    ['ar', 'Familienbüro Selm', 'مكتب العائلة في Selm'],
    ['uk', 'Hebamme finden', 'Знайти акушерку'],
    ['ru', 'Hebamme finden', 'Найти акушерку'],
    ['en', 'Hallo {name}', 'Hello {name}'],
    ['pl', 'dienstags 17 bis 19 Uhr', 'we wtorki od 17:00 do 19:00'], // full hours either way
    ['en', 'Räume im 1. Stock', 'Rooms on the first floor'], // small numbers as words or digits
    ['uk', 'Familienbüro Bergkamen', 'Сімейне бюро (Familienbüro) Bergkamen'], // German names kept
    ['ar', 'Kita in Bönen, Fröndenberg und Holzwickede', 'روضة في Bönen وFröndenberg وHolzwickede'],
    [
      'ro',
      'Elterngeld und Elternzeit',
      'Indemnizația pentru creșterea copilului (Elterngeld) și concediul (Elternzeit)',
    ],
  ] as const)('%s: takes „%s“ → „%s“', (language, german, translation) => {
    expect(checkTranslation(language, german, translation)).toBeUndefined();
  });

  it.each([
    ['en', 'Rufen Sie 02303 27-0 an.', 'Call 02303 27-1.', 'Zahlen stimmen nicht'],
    ['en', 'Beratung', 'Counselling on 0800 123', 'nicht im deutschen Text: 0800, 123'],
    ['en', 'Hallo {name}', 'Hello', 'Platzhalter stimmen nicht überein ({name})'],
    ['en', 'Kita', 'A day-care centre for children from one to six years, with lunch and a garden.', 'viel länger'],
    ['ar', 'Hebamme', 'Midwife', 'nicht in arabischer Schrift'],
    ['fa', 'Hebamme', 'Midwife', 'nicht in arabisch-persischer Schrift'],
    ['bg', 'Hebamme', 'Midwife', 'nicht in kyrillischer Schrift'],
    ['uk', 'Wir helfen Ihnen', 'Мы поможем вам', 'Russisch'],
    ['ru', 'Wir helfen und beraten', 'Ми допоможемо і порадимо', 'Ukrainisch'],
    ['en', 'Beratung', 'Counsel\u202eling', 'unsichtbares Steuerzeichen'],
    ['en', 'Rufen Sie 0800 111 0 550 an.', 'Call 0800 111 550.', 'fehlt: 0'],
    ['en', 'Termine bis 14:30 Uhr', 'Appointments until 14:00', 'fehlt: 30'],
    ['uk', 'Familienbüro Bergkamen', 'Family office (Familienbüro) Bergkamen', 'nicht in kyrillischer Schrift'],
  ] as const)('%s: refuses „%s“ → „%s“ (%s)', (language, german, translation, reason) => {
    expect(checkTranslation(language, german, translation)).toContain(reason);
  });
});

describe('the language of a PO file', () => {
  it.each([
    ['tr', 'tr'],
    ['tr_TR', 'tr'],
    ['de-simple', 'de-simple'],
    ['de_simple', 'de-simple'],
    ['de@simple', 'de-simple'],
    ['uk_UA', 'uk'],
    ['de', undefined],
    ['de_DE', undefined],
    ['xx', undefined],
    [undefined, undefined],
  ])('%s → %s', (header, language) => {
    expect(languageFromHeader(header)).toBe(language);
  });

  it('reads msgctxt, msgid, msgstr, the draft flag and the previous German', () => {
    const result = parseCatalog(
      'x.po',
      [
        'msgid ""',
        'msgstr ""',
        '"Language: pl\\n"',
        '',
        '#, fuzzy',
        '#| msgid "Alt"',
        'msgctxt "a-b/name"',
        'msgid "Neu"',
        'msgstr "Nowy"',
        '',
        'msgctxt "a-b/summary"',
        'msgid "Zwei\\n"',
        '"Zeilen"',
        'msgstr "Dwie\\nlinie"',
      ].join('\n'),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.catalog.language).toBe('pl');
    expect([...result.catalog.entries.values()]).toEqual([
      { key: 'a-b/name', source: 'Neu', translation: 'Nowy', fuzzy: true, previousSource: 'Alt' },
      { key: 'a-b/summary', source: 'Zwei\nZeilen', translation: 'Dwie\nlinie', fuzzy: false },
    ]);
  });
});

describe('translations written in YAML files', () => {
  it('are removed from the file with everything else kept as it was', () => {
    const yaml = [
      '# Kommentar bleibt',
      'id: stelle',
      'name:',
      '  de: Stelle',
      '  en: Office',
      '  tr: >-',
      '    Ofis',
      'phones:',
      '  - { number: 089 1, kind: voice, label: { de: Zentrale, en: Switchboard } }',
      'services:',
      '  - id: stelle-angebot',
      '    summary:',
      '      de: >-',
      '        Ein langer Text',
      '      machine: [en]',
      '      en: A long text',
      '    keywords: { de: [Wort], en: [word] }',
      '',
    ].join('\n');
    expect(withoutInlineTranslations(yaml)).toBe(
      [
        '# Kommentar bleibt',
        'id: stelle',
        'name:',
        '  de: Stelle',
        'phones:',
        '  - { number: 089 1, kind: voice, label: { de: Zentrale } }',
        'services:',
        '  - id: stelle-angebot',
        '    summary:',
        '      de: >-',
        '        Ein langer Text',
        '    keywords: { de: [Wort], en: [word] }',
        '',
      ].join('\n'),
    );
  });

  const dirs: string[] = [];
  afterEach(async () => {
    await Promise.all(dirs.splice(0).map(removeDir));
  });

  it('move-translations puts them into translations/<lang>.po as drafts; the app gets the same texts', async () => {
    const dir = await writeSourceDir([validOrganization('a-stelle'), validOrganization('b-stelle')]);
    dirs.push(dir);
    const before = await loadSource(dir);
    expect(before.translations?.inline.length).toBeGreaterThan(0);
    const output = memoryOutput();
    expect(await runCli(['move-translations', '--from', dir], output)).toBe(0);
    expect(output.lines.join('\n')).toContain('nach translations/ verschoben');
    expect(await readFile(join(dir, 'organizations/a-stelle.yaml'), 'utf8')).not.toMatch(/^\s*en:/m);
    const after = await loadSource(dir);
    expect(after.translations?.inline).toEqual([]);
    const texts = (loaded: typeof before) =>
      loaded
        .directory!.organizations.flatMap((o) => organizationTextEntries(o))
        .map((e) => [e.key, e.text.de, e.text.en]);
    expect(texts(after)).toEqual(texts(before));
    const en = after.catalogs.find((c) => c.language === 'en');
    expect([...(en?.entries.values() ?? [])].every((e) => e.fuzzy)).toBe(true);
    // Run again: nothing left to move.
    const again = memoryOutput();
    expect(await runCli(['move-translations', '--from', dir], again)).toBe(0);
    expect(again.lines).toEqual(['Keine Übersetzungen in den YAML-Dateien – nichts zu verschieben.']);
  });

  it('move-translations writes nothing when a YAML file and a translation file disagree', async () => {
    const dir = await writeSourceDir([validOrganization('a-stelle')]);
    dirs.push(dir);
    await runCli(['move-translations', '--from', dir], memoryOutput());
    const file = join(dir, 'organizations/a-stelle.yaml');
    const german = await readFile(file, 'utf8');
    const same = german.replace(
      /^(\s+)de: Erziehungsberatung Unna$/m,
      '$1de: Erziehungsberatung Unna\n$1en: Parenting counselling Unna',
    );
    const other = same.replace('en: Parenting counselling Unna', 'en: Counselling for parents');
    expect(other).not.toBe(german);

    await writeFile(file, other);
    const validate = memoryOutput();
    await runCli(['validate', '--from', dir], validate);
    expect(validate.lines.join('\n')).toContain('Übersetzungen in YAML-Dateien: 1 in 1 Dateien');
    const untouched = await snapshot(dir);
    const refused = memoryOutput();
    expect(await runCli(['move-translations', '--from', dir], refused)).toBe(1);
    expect(refused.errors.join('\n')).toContain('a-stelle-angebot/name [en]');
    expect(await snapshot(dir)).toEqual(untouched);

    await writeFile(file, same);
    const moved = memoryOutput();
    expect(await runCli(['move-translations', '--from', dir], moved)).toBe(0);
    expect(moved.lines.join('\n')).toContain('1 Text stand gleich lautend schon in translations/.');
    expect(await readFile(file, 'utf8')).toBe(german);
  });

  it('a PO file with the wrong name or a key twice is an error that names the file', async () => {
    const dir = await writeSourceDir([validOrganization('a-stelle')]);
    dirs.push(dir);
    await runCli(['move-translations', '--from', dir], memoryOutput());
    const text = await readFile(join(dir, 'translations/en.po'), 'utf8');
    await writeFile(join(dir, 'translations/tr.po'), text);
    let loaded = await loadSource(dir);
    expect(loaded.issues.map((i) => i.message)).toContain(
      'Die Datei enthält die Sprache „en“ und muss translations/en.po heißen',
    );
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'translations/tr.po'));
    const block = text.slice(text.indexOf('#: organizations'), text.indexOf('\n\n', text.indexOf('#: organizations')));
    await writeFile(join(dir, 'translations/en.po'), `${text}\n${block.replace(/msgid ".*"/, 'msgid "Anders"')}\n`);
    loaded = await loadSource(dir);
    expect(loaded.issues.map((i) => i.message).join('\n')).toContain('steht mehrfach in der Datei');
  });
});
