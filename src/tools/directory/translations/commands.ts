import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { LanguageCode } from '../../../domain/directory/schema';
import { UsageError, type ParsedArgs } from '../args';
import { assembleSource, loadSource, type LoadedSource } from '../load-source';
import { writeFileAtomic } from '../publish';
import { formatSize, plural, printIssues, type Output } from '../report';
import { keyedEntries } from './apply';
import { parseCatalog, TARGET_LANGUAGES } from './catalog';
import { exportCatalog, importCatalog } from './exchange';
import { moveInline } from './move';
import { catalogPath, storedCatalogText } from './store';

/**
 * `export-translations --lang LANG [--out FILE]` and `import-translations FILE`: the round trip
 * with translators in gettext PO (Poedit, Weblate and most translation services read and write it).
 */

const MAX_PO_BYTES = 20 * 1024 * 1024;

async function validSource(args: ParsedArgs, output: Output, what: string): Promise<LoadedSource | undefined> {
  const loaded = await loadSource(args.from);
  if (loaded.directory) return loaded;
  printIssues(output, loaded.issues);
  output.err(
    `${what} abgebrochen: das Verzeichnis in „${args.from}“ ist nicht gültig. Bitte zuerst die Fehler beheben.`,
  );
  return undefined;
}

function languageArgument(args: ParsedArgs): LanguageCode {
  const language = TARGET_LANGUAGES.find((code) => code === args.lang);
  if (args.lang === undefined) throw new UsageError('Bitte die Sprache angeben, z. B. export-translations --lang tr');
  if (!language) throw new UsageError(`Sprache „${args.lang}“ unbekannt – möglich sind ${TARGET_LANGUAGES.join(', ')}`);
  return language;
}

export async function exportTranslationsCommand(args: ParsedArgs, output: Output): Promise<number> {
  const language = languageArgument(args);
  if (args.rest.length > 0)
    throw new UsageError(`Unerwartetes Wort „${args.rest[0] ?? ''}“ (die Datei mit --out angeben)`);
  const file = args.outGiven ? args.out : `uebersetzung-${language}.po`;
  const loaded = await validSource(args, output, 'Export');
  if (!loaded?.directory) return 1;
  const keyed = keyedEntries(loaded.directory.organizations, loaded.fileOf);
  const stored = loaded.catalogs.find((catalog) => catalog.language === language);
  try {
    await writeFileAtomic(file, exportCatalog(language, keyed, stored));
  } catch (error) {
    output.err(`Datei „${file}“ konnte nicht geschrieben werden (${(error as Error).message}).`);
    return 1;
  }
  const status = loaded.translations?.status.find((s) => s.language === language);
  output.out(`✓ ${plural(keyed.length, 'Text', 'Texte')} für „${language}“ nach „${file}“ geschrieben (gettext PO).`);
  if (status) {
    output.out(
      `  übersetzt ${status.done} (davon ${status.machine} Entwurf), veraltet ${status.outdated} (als Entwurf markiert, mit dem alten deutschen Text), fehlend ${status.missing}.`,
    );
  }
  output.out('  Zurück mit: npm run directory -- import-translations DATEI');
  return 0;
}

export async function importTranslationsCommand(args: ParsedArgs, output: Output): Promise<number> {
  const [file, ...more] = args.rest;
  if (file === undefined) throw new UsageError('Bitte die Datei angeben, z. B. import-translations uebersetzung-tr.po');
  if (more.length > 0) throw new UsageError(`Nur eine Datei angeben (zu viel: ${more.join(' ')})`);
  let text: string;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_PO_BYTES) {
      output.err(`Datei „${file}“ ist zu groß (${formatSize(size)}). Es wurde nichts übernommen.`);
      return 1;
    }
    text = await readFile(file, 'utf8');
  } catch {
    output.err(`Datei „${file}“ nicht gefunden oder nicht lesbar. Es wurde nichts übernommen.`);
    return 1;
  }
  const parsed = parseCatalog(file, text);
  if (!parsed.ok) {
    output.err(`${parsed.message}. Es wurde nichts übernommen.`);
    return 1;
  }
  const loaded = await validSource(args, output, 'Import');
  if (!loaded?.directory) return 1;
  const language = parsed.catalog.language;
  const keyed = keyedEntries(loaded.directory.organizations, loaded.fileOf);
  const stored = loaded.catalogs.find((catalog) => catalog.language === language);
  const outcome = importCatalog(parsed.catalog, parsed.duplicates, keyed, stored);

  const target = catalogPath(args.from, language);
  if (outcome.taken.length > 0) {
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFileAtomic(target, storedCatalogText(outcome.merged, keyed));
    } catch (error) {
      output.err(
        `„${target}“ konnte nicht geschrieben werden (${(error as Error).message}). Es wurde nichts übernommen.`,
      );
      return 1;
    }
  }
  const drafts = outcome.taken.filter((entry) => entry.fuzzy).length;
  output.out(`Übersetzungen „${language}“ aus „${file}“:`);
  output.out(
    `  übernommen: ${outcome.taken.length} (davon ${drafts} als Entwurf „fuzzy“, ${outcome.taken.length - drafts} geprüft)${outcome.taken.length > 0 ? ` → ${target}` : ''}`,
  );
  output.out(`  unverändert: ${outcome.unchanged}`);
  output.out(`  ohne Übersetzung (leer, übersprungen): ${outcome.empty.length}`);
  if (args.verbose) for (const key of outcome.empty) output.out(`    – ${key}`);
  output.out(`  abgelehnt: ${outcome.refused.length}`);
  for (const { key, reason } of outcome.refused) output.out(`  ✗ ${key}\n      ${reason}`);
  if (outcome.refused.length > 0) {
    output.err(
      `${plural(outcome.refused.length, 'Übersetzung wurde', 'Übersetzungen wurden')} nicht übernommen (Gründe oben); alle anderen sind gespeichert.`,
    );
    return 1;
  }
  return 0;
}

/**
 * `move-translations`: translations written inside the organizations' YAML files (older files, a
 * spreadsheet or HSDS import) move into translations/<lang>.po as drafts made from the current
 * German; the YAML keeps German only. All files are computed first and checked to give the app
 * exactly the same texts; only then is anything written.
 */
export async function moveTranslationsCommand(args: ParsedArgs, output: Output): Promise<number> {
  if (args.rest.length > 0) throw new UsageError(`Unerwartetes Wort „${args.rest[0] ?? ''}“`);
  const loaded = await validSource(args, output, 'Verschieben');
  if (!loaded?.directory || !loaded.translations) return 1;
  const inline = loaded.translations.inline;
  if (inline.length === 0) {
    output.out('Keine Übersetzungen in den YAML-Dateien – nichts zu verschieben.');
    return 0;
  }
  const moved = await moveInline(args.from, loaded);
  if (moved.conflicts.length > 0) {
    output.err(
      `Verschieben abgebrochen, es wurde nichts geschrieben: ${plural(moved.conflicts.length, 'Text ist', 'Texte sind')} in der YAML-Datei anders übersetzt als in translations/. Bitte die Fassung, die gilt, behalten (in der YAML-Datei löschen oder mit import-translations übernehmen):`,
    );
    for (const line of moved.conflicts) output.err(`  ✗ ${line}`);
    return 1;
  }
  const check = assembleSource(moved.files);
  const problem = check.directory ? moved.differences(check) : check.issues.map((i) => `${i.path}: ${i.message}`);
  if (problem.length > 0) {
    output.err('Verschieben abgebrochen, es wurde nichts geschrieben. Das Ergebnis wiche vom Bisherigen ab:');
    for (const line of problem.slice(0, 20)) output.err(`  ✗ ${line}`);
    return 1;
  }
  for (const { path, text } of moved.writes) {
    await mkdir(dirname(join(args.from, path)), { recursive: true });
    await writeFileAtomic(join(args.from, path), text);
  }
  const movedOut = inline.filter((entry) => !entry.inCatalog);
  const languages = new Set(movedOut.map((entry) => entry.language));
  output.out(
    `✓ ${plural(movedOut.length, 'Übersetzung', 'Übersetzungen')} in ${plural(languages.size, 'Sprache', 'Sprachen')} nach translations/ verschoben (als Entwurf „fuzzy“), ${plural(moved.yamlFiles, 'YAML-Datei', 'YAML-Dateien')} enthalten jetzt nur noch Deutsch.`,
  );
  const same = inline.length - movedOut.length;
  if (same > 0) output.out(`  ${plural(same, 'Text stand', 'Texte standen')} gleich lautend schon in translations/.`);
  return 0;
}
