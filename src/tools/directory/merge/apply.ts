import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Issue } from '../../../domain/directory/issues';
import {
  assembleSource,
  DATASET_FILE,
  decodeUtf8,
  GUIDE_FILE,
  ORGANIZATIONS_DIR,
  RETIRED_FILE,
  TRANSLATIONS_DIR,
  type SourceFile,
} from '../load-source';
import { parseCatalog, type Catalog } from '../translations/catalog';
import { REGION_FILE } from '../addresses';
import { PUBLISHED_FILE } from '../published-ids';
import { parseYamlFile } from '../yaml-source';
import type { MergeOptions } from './merge-data';
import { withStoredGerman } from './foreign-texts';
import { planImport, type ExistingFile, type ImportPlan } from './plan';
import { germanOnly, planTranslations, type TranslationPlan } from './translations';

/**
 * The file side of an import (import-csv, import-hsds): read what the target folder holds, plan
 * the merge (German and every other field against the YAML files, translations against the
 * translation files), check the result exactly as `validate` would, and only then write. Every new text is
 * written to a temporary file first; every file that is replaced or removed is copied to
 * `<target>/.sicherung/<time>/` (git ignores it); then the temporary files are renamed into place.
 */

const BACKUP_DIR = '.sicherung';

export class ImportTargetError extends Error {}

export interface PreparedImport {
  plan: ImportPlan;
  /** What the import's translations do to translations/<lang>.po. */
  translations: TranslationPlan;
  /** Problems of the result (nothing may be written when there are any). */
  issues: Issue[];
  /** Foreign texts (--lang) refused or left out for want of a German text. */
  foreignNotes: string[];
  dataset: { text: string; copy: boolean };
  guide?: { text: string; copy: boolean };
}

const exists = async (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

async function readStrict(path: string, name: string): Promise<string> {
  const decoded = decodeUtf8(await readFile(path), name);
  if ('unreadable' in decoded) throw new ImportTargetError(decoded.unreadable);
  return decoded.text;
}

/** A file of the target if there is one (kept), else the one from `fromDir` (copied). */
async function fileFor(targetDir: string, fromDir: string, name: string) {
  const own = join(targetDir, name);
  if (await exists(own)) return { text: await readStrict(own, name), copy: false };
  const other = join(fromDir, name);
  if (await exists(other)) return { text: await readStrict(other, name), copy: true };
  return undefined;
}

async function existingOrganizations(targetDir: string): Promise<ExistingFile[]> {
  const folder = join(targetDir, ORGANIZATIONS_DIR);
  const names = (await readdir(folder).catch(() => [] as string[])).filter(
    (n) => n.endsWith('.yaml') && !n.startsWith('.'),
  );
  const files: ExistingFile[] = [];
  for (const fileName of names.sort()) {
    const name = `${ORGANIZATIONS_DIR}/${fileName}`;
    const text = await readStrict(join(folder, fileName), name);
    const parsed = parseYamlFile(name, text);
    if (!parsed.ok || typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      throw new ImportTargetError(
        `Die vorhandene Datei ${name} im Ziel ist nicht lesbar (${parsed.ok ? 'keine Organisation' : parsed.messages.join('; ')}) – bitte zuerst mit „validate“ prüfen und beheben`,
      );
    }
    files.push({ name, text, data: parsed.data as Record<string, unknown> });
  }
  return files;
}

interface StoredCatalogs {
  catalogs: Catalog[];
  files: SourceFile[];
}

/** The target's translation files; one that cannot be read stops the import (nothing would be checked against it). */
async function existingCatalogs(targetDir: string): Promise<StoredCatalogs> {
  const folder = join(targetDir, TRANSLATIONS_DIR);
  const names = (await readdir(folder).catch(() => [] as string[])).filter(
    (n) => n.endsWith('.po') && !n.startsWith('.'),
  );
  const stored: StoredCatalogs = { catalogs: [], files: [] };
  for (const fileName of names.sort()) {
    const name = `${TRANSLATIONS_DIR}/${fileName}`;
    const text = await readStrict(join(folder, fileName), name);
    const parsed = parseCatalog(name, text);
    if (!parsed.ok) throw new ImportTargetError(`${parsed.message} – bitte zuerst mit „validate“ prüfen und beheben`);
    stored.catalogs.push(parsed.catalog);
    stored.files.push({ name, text });
  }
  return stored;
}

/** Reads the target, plans the merge and checks the result; writes nothing. */
export async function prepareImport(
  targetDir: string,
  fromDir: string,
  given: readonly Record<string, unknown>[],
  options: MergeOptions & { foreignLanguage?: string },
): Promise<PreparedImport> {
  const dataset = await fileFor(targetDir, fromDir, DATASET_FILE);
  if (!dataset) {
    throw new ImportTargetError(
      `Keine ${DATASET_FILE} gefunden – weder im Ziel „${targetDir}“ noch in „${fromDir}“ (mit --from einen Ordner mit ${DATASET_FILE} angeben)`,
    );
  }
  const guide = await fileFor(targetDir, fromDir, GUIDE_FILE);
  const existing = await existingOrganizations(targetDir);
  const stored = await existingCatalogs(targetDir);
  // Texts in another language keep the stored German (and go to that language's translation file).
  const foreign = options.foreignLanguage
    ? withStoredGerman(
        given,
        existing.map((f) => f.data),
        options.foreignLanguage,
      )
    : { organizations: given, notes: [] };
  const imported = foreign.organizations;
  // The YAML files get German only; the import's translations are planned against the translation files.
  const german = imported.map((org) => germanOnly(org) as Record<string, unknown>);
  const plan = planImport(existing, german, { ...options, textLanguages: new Set(['de']) }, ORGANIZATIONS_DIR);
  const fileOf = new Map(existing.map((f) => [String(f.data.id ?? ''), f.name]));
  const translations = planTranslations(
    existing.map((f) => f.data),
    imported,
    plan.result,
    stored.catalogs,
    options.languages,
    fileOf,
  );
  const poWritten = new Set(translations.writes.map((w) => w.name));
  const written = new Map(plan.writes.map((w) => [w.name, w.text]));
  const deleted = new Set(plan.deletes);
  // The target's published ids, retirements and towns take part in the check (a removal may need a record).
  const extra: SourceFile[] = [];
  for (const name of [RETIRED_FILE, PUBLISHED_FILE, REGION_FILE]) {
    const path = join(targetDir, name);
    if (await exists(path)) extra.push({ name, text: await readStrict(path, name) });
  }
  const files: SourceFile[] = [
    { name: DATASET_FILE, text: dataset.text },
    ...extra,
    ...existing
      .filter((f) => !deleted.has(f.name) && !written.has(f.name))
      .map((f) => ({ name: f.name, text: f.text })),
    ...plan.writes.map((w) => ({ name: w.name, text: w.text })),
    ...stored.files.filter((f) => !poWritten.has(f.name)),
    ...translations.writes,
  ];
  return {
    plan,
    translations,
    foreignNotes: foreign.notes,
    issues: assembleSource(files).issues,
    dataset,
    ...(guide ? { guide } : {}),
  };
}

/** Applies a prepared (and error-free) import. Returns the backup folder, if anything was replaced. */
export async function writeImport(
  targetDir: string,
  prepared: PreparedImport,
  now = new Date(),
): Promise<string | undefined> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const temp = (name: string) => join(targetDir, dirname(name), `.${name.split('/').pop()}.neu-${process.pid}`);
  // Translation files first: should the machine stop halfway, a translation is never lost.
  const writes = [...prepared.translations.writes, ...prepared.plan.writes];
  if (prepared.dataset.copy) writes.push({ name: DATASET_FILE, text: prepared.dataset.text });
  if (prepared.guide?.copy) writes.push({ name: GUIDE_FILE, text: prepared.guide.text });
  const backup = join(targetDir, BACKUP_DIR, stamp);
  const replaced: string[] = [];
  try {
    await mkdir(join(targetDir, ORGANIZATIONS_DIR), { recursive: true });
    if (prepared.translations.writes.length > 0) await mkdir(join(targetDir, TRANSLATIONS_DIR), { recursive: true });
    for (const w of writes) await writeFile(temp(w.name), w.text, 'utf8');
    for (const name of [...writes.map((w) => w.name), ...prepared.plan.deletes]) {
      if (!(await exists(join(targetDir, name)))) continue;
      await mkdir(dirname(join(backup, name)), { recursive: true });
      await copyFile(join(targetDir, name), join(backup, name));
      replaced.push(name);
    }
  } catch (error) {
    for (const w of writes) await rm(temp(w.name), { force: true });
    throw new ImportTargetError(
      `Ziel „${targetDir}“ nicht beschreibbar (${(error as Error).message}) – nichts geändert`,
    );
  }
  try {
    for (const w of writes) await rename(temp(w.name), join(targetDir, w.name));
    for (const name of prepared.plan.deletes) await rm(join(targetDir, name));
  } catch (error) {
    // Put back what was there: the backup holds every file that existed before.
    for (const name of replaced) await copyFile(join(backup, name), join(targetDir, name)).catch(() => undefined);
    for (const w of writes) {
      await rm(temp(w.name), { force: true });
      if (!replaced.includes(w.name)) await rm(join(targetDir, w.name), { force: true });
    }
    throw new ImportTargetError(
      `Schreiben in „${targetDir}“ fehlgeschlagen (${(error as Error).message}) – vorheriger Stand wiederhergestellt`,
    );
  }
  return replaced.length > 0 ? backup : undefined;
}
