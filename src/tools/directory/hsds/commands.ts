import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError, type ParsedArgs } from '../args';
import { TARGET_LANGUAGES } from '../translations/catalog';
import { ImportTargetError } from '../merge/apply';
import { finishImport } from '../merge/import-command';
import { isLocalizedText } from '../merge/merge-data';
import { directoryToHsds } from './export';
import { hsdsToOrganizations, type HsdsFile } from './import';
import { loadSource } from '../load-source';
import { formatSize, plural, printIssues, type Output } from '../report';

/** `export-hsds DIR` and `import-hsds DIR`: the directory in Open Referral HSDS 3.1 JSON. */

const MAX_JSON_BYTES = 50 * 1024 * 1024;
const INDEX_FILE = 'index.json';

function dirArgument(args: ParsedArgs, example: string): string {
  const [dir, ...more] = args.rest;
  if (dir === undefined) throw new UsageError(`Bitte den Ordner angeben, z. B. ${example}`);
  if (more.length > 0) throw new UsageError(`Nur einen Ordner angeben (zu viel: ${more.join(' ')})`);
  return dir;
}

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

export async function exportHsdsCommand(args: ParsedArgs, output: Output): Promise<number> {
  const dir = dirArgument(args, 'export-hsds dist/hsds');
  const loaded = await loadSource(args.from);
  if (!loaded.directory) {
    printIssues(output, loaded.issues);
    output.err(`Export abgebrochen: das Verzeichnis in „${args.from}“ ist nicht gültig.`);
    return 1;
  }
  const existing = await readdir(dir).catch(() => undefined);
  if (existing && existing.length > 0 && !existing.includes(INDEX_FILE)) {
    output.err(
      `Ordner „${dir}“ ist nicht leer und enthält keinen früheren HSDS-Export – bitte einen leeren oder neuen Ordner angeben.`,
    );
    return 1;
  }
  const hsds = directoryToHsds(loaded.directory);
  // Written next to the target and swapped in at the end: a failed export leaves the old one intact.
  const stamp = `${process.pid}-${Date.now()}`;
  const temp = join(dirname(dir), `.${basename(dir)}-neu-${stamp}`);
  const old = join(dirname(dir), `.${basename(dir)}-alt-${stamp}`);
  try {
    await mkdir(join(temp, 'services'), { recursive: true });
    for (const service of hsds.services)
      await writeFile(join(temp, 'services', `${service.id}.json`), json(service.json));
    await writeFile(join(temp, 'organizations.json'), json(hsds.organizations));
    await writeFile(join(temp, 'taxonomy_terms.json'), json(hsds.taxonomyTerms));
    await writeFile(join(temp, INDEX_FILE), json(hsds.index));
    if (existing) await rename(dir, old);
    await rename(temp, dir);
  } catch (error) {
    if (existing && !(await stat(dir).catch(() => undefined))) await rename(old, dir).catch(() => undefined);
    await rm(temp, { recursive: true, force: true });
    output.err(`Export nach „${dir}“ fehlgeschlagen (${(error as Error).message}) – nichts geändert.`);
    return 1;
  }
  await rm(old, { recursive: true, force: true });
  output.out(
    `✓ HSDS 3.1: ${plural(hsds.services.length, 'Angebot', 'Angebote')}, ${plural(hsds.organizations.length, 'Organisation', 'Organisationen')}, ${plural(hsds.taxonomyTerms.length, 'Begriff', 'Begriffe')} nach „${dir}“ geschrieben.`,
  );
  return 0;
}

/** Every *.json file in DIR and one level below (e.g. services/), with its parsed content. */
async function readJsonFiles(dir: string): Promise<{ files: HsdsFile[]; problems: string[] }> {
  const files: HsdsFile[] = [];
  const problems: string[] = [];
  const visit = async (folder: string, depth: number) => {
    let names: string[];
    try {
      names = (await readdir(folder)).sort();
    } catch {
      throw new ImportTargetError(`Ordner „${folder}“ nicht gefunden oder nicht lesbar`);
    }
    for (const name of names) {
      const full = join(folder, name);
      const info = await stat(full);
      const shown = full.slice(dir.length + 1);
      if (info.isDirectory()) {
        if (depth === 0 && !name.startsWith('.')) await visit(full, 1);
      } else if (name.endsWith('.json')) {
        if (info.size > MAX_JSON_BYTES) {
          problems.push(`${shown}: zu groß (${formatSize(info.size)}) – nicht gelesen`);
          continue;
        }
        try {
          files.push({ name: shown, data: JSON.parse(await readFile(full, 'utf8')) as unknown });
        } catch (error) {
          problems.push(`${shown}: kein gültiges JSON (${(error as Error).message})`);
        }
      }
    }
  };
  await visit(dir, 0);
  return { files, problems };
}

/** Every content language the imported texts use (German always): other languages stay as they are. */
function languagesIn(data: unknown, found = new Set<string>(['de'])): Set<string> {
  if (isLocalizedText(data)) for (const lang of Object.keys(data)) found.add(lang);
  else if (Array.isArray(data)) for (const item of data) languagesIn(item, found);
  else if (typeof data === 'object' && data !== null)
    for (const inner of Object.values(data)) languagesIn(inner, found);
  return found;
}

/**
 * HSDS also comes as a "tabular data package" (datapackage.json with organizations.csv, services.csv …).
 * It is not read: refused with a message that says what to ask for instead.
 */
async function tabularPackage(dir: string): Promise<string[] | undefined> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const csv = names.filter((n) => n.toLowerCase().endsWith('.csv'));
  return names.includes('datapackage.json') || csv.length > 0 ? csv : undefined;
}

const HSDS_LACKS = new Set(['keywords', 'role']);

/** A text read as German (`{ de }` only) relabelled as the language the foreign system wrote it in. */
function relabel(value: unknown, language: string): unknown {
  if (isLocalizedText(value)) {
    const keys = Object.keys(value);
    return keys.length === 1 && keys[0] === 'de' && typeof value.de === 'string' ? { [language]: value.de } : value;
  }
  if (Array.isArray(value)) return value.map((item) => relabel(item, language));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, relabel(inner, language)]));
  return value;
}

/** --lang for import-hsds: a content language of the directory; German (or nothing) reads the texts as German. */
function foreignLanguageOf(args: ParsedArgs): string | undefined {
  const language = args.lang;
  if (language === undefined || language === 'de') return undefined;
  if (!(TARGET_LANGUAGES as readonly string[]).includes(language))
    throw new UsageError(
      `--lang „${language}“ ist keine Inhaltssprache des Verzeichnisses (möglich: de, ${TARGET_LANGUAGES.join(', ')})`,
    );
  return language;
}

export async function importHsdsCommand(args: ParsedArgs, output: Output): Promise<number> {
  const dir = dirArgument(args, 'import-hsds hsds-export');
  const language = foreignLanguageOf(args);
  const tabular = await tabularPackage(dir);
  if (tabular) {
    output.err(
      `„${dir}“ enthält das tabellarische HSDS-Format (datapackage.json${tabular.length > 0 ? ` mit ${tabular.slice(0, 4).join(', ')}${tabular.length > 4 ? ' …' : ''}` : ''}). ` +
        'Dieses Format wird nicht eingelesen – bitte beim anderen System den HSDS-3.1-JSON-Export anfordern (eine JSON-Datei je Angebot oder eine Liste). ' +
        'Nichts geschrieben.',
    );
    return 1;
  }
  try {
    const { files, problems } = await readJsonFiles(dir);
    for (const problem of problems) output.err(`  ✗ ${problem}`);
    const result = hsdsToOrganizations(files);
    for (const line of result.report) output.out(`  • ${line}`);
    if (result.organizations.length === 0) {
      output.err(`Keine Angebote gefunden, die übernommen werden können. Nichts geschrieben.`);
      return 1;
    }
    if (result.placeholders > 0)
      output.out(
        `  ${plural(result.placeholders, 'Platzhalter', 'Platzhalter')} bitte prüfen (oben mit „vorläufig“ markiert).`,
      );
    // HSDS has no language per record: its texts are German unless --lang says otherwise (our profile knows better).
    let organizations: Record<string, unknown>[] = result.organizations;
    if (result.profiled) {
      if (language)
        output.out(
          `  Texte mit dem Profil dieses Verzeichnisses: Sprachen wie dort angegeben, --lang ${language} gilt nicht.`,
        );
    } else if (language) {
      organizations = organizations.map((org) => relabel(org, language) as Record<string, unknown>);
      output.out(
        `  Texte als Sprache „${language}“ gelesen (--lang): sie gehen in translations/${language}.po, der deutsche Text bleibt wie gespeichert.`,
      );
    } else {
      output.out(
        '  Texte als Deutsch gelesen (HSDS sagt nicht, in welcher Sprache sie sind). Sind sie in einer anderen Sprache, denselben Befehl mit --lang und dem Sprachcode wiederholen (z. B. --lang en).',
      );
    }
    // HSDS has no place for search words and our office roles: without our profile they stay as they are.
    return await finishImport(args, output, organizations, languagesIn(organizations), HSDS_LACKS, language);
  } catch (error) {
    if (error instanceof ImportTargetError) {
      output.err(`${error.message}. Nichts geschrieben.`);
      return 1;
    }
    throw error;
  }
}
