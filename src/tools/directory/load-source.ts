import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { checkGuide } from '../../domain/directory/guide-integrity';
import { GuideSchema, type Guide } from '../../domain/directory/guide-schema';
import { checkIntegrity } from '../../domain/directory/integrity';
import { formatPath, toIssues, type Issue } from '../../domain/directory/issues';
import { germanFallback } from '../../domain/directory/messages';
import {
  MAX_ORGANIZATIONS,
  OrganizationSchema,
  RetiredListSchema,
  type Retirement,
  SourceMetaSchema,
  type Organization,
  type SourceDirectory,
} from '../../domain/directory/schema';
import { applyTranslations, type TranslationState } from './translations/apply';
import { parseCatalog, type Catalog } from './translations/catalog';
import type { Timeline } from '../../domain/timeline/schema';
import { readTimeline, TIMELINE_FILE } from './timeline-source';
import { checkRetired } from '../../domain/directory/retired';
import { checkAddresses, REGION_FILE, RegionSchema, type Region } from './addresses';
import { checkPublished, parsePublished, PUBLISHED_FILE } from './published-ids';
import { checkSchedulePlaces } from './schedule-places';
import { parseYamlFile, type LineOf } from './yaml-source';
import { formatSize } from './report';

/**
 * The editorial source: directory/dataset.yaml (meta), directory/organizations/<id>.yaml
 * (one organization each, German) and directory/translations/<lang>.po (their translations). Reading files is a thin wrapper (readSourceDir); turning their text
 * into a validated directory is pure (assembleSource), so CSV/HSDS import can reuse it.
 */

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const DATASET_FILE = 'dataset.yaml';
export const GUIDE_FILE = 'guide.yaml';
export const ORGANIZATIONS_DIR = 'organizations';
export const TRANSLATIONS_DIR = 'translations';
export const RETIRED_FILE = 'retired.yaml';

export type SourceFile =
  { name: string; text: string } | { name: string; tooLargeBytes: number } | { name: string; unreadable: string };

/**
 * Strict UTF-8: a file saved in another encoding (Windows-1252 from an old editor) is refused with
 * the line of the first wrong character, instead of being published with "Elterncaf\uFFFD".
 */
export function decodeUtf8(bytes: Uint8Array, name: string): { text: string } | { unreadable: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // The longest valid start tells where the first wrong byte is.
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid));
        low = mid;
      } catch {
        high = mid - 1;
      }
    }
    const line = bytes.subarray(0, low).reduce((n, b) => (b === 0x0a ? n + 1 : n), 1);
    return {
      unreadable: `Datei ${name} ist nicht in UTF-8 gespeichert (erstes falsches Zeichen in Zeile ${line}) – im Editor „Speichern unter … Kodierung: UTF-8“ wählen (Umlaute und Sonderzeichen kämen sonst verfälscht in der App an)`,
    };
  }
}

export interface LoadedSource {
  /**
   * Present only when there were no errors at all: the organizations with the current translations
   * of the translation files applied (outdated ones left out), as the build publishes them.
   */
  directory?: SourceDirectory;
  /** The translation files as read. */
  catalogs: Catalog[];
  /** Per language: done, reviewed, machine-assisted, outdated, missing (with the directory). */
  translations?: TranslationState;
  /** Every problem, each naming its file; `path` reads "organizations/x.yaml: services[0].name". */
  issues: Issue[];
  /** Hints that are not errors (e.g. files that were skipped). */
  notes: string[];
  /** Organization id → source file, for messages. */
  fileOf: Map<string, string>;
  /** The child's timeline (timeline.yaml), when the folder has one and it is valid. */
  timeline?: Timeline;
}

function sourcePath(file: string, keys: (string | number)[]): string {
  const inner = formatPath(keys);
  return inner === '' ? file : `${file}: ${inner}`;
}

/** Parses and validates the files of the editorial source; pure apart from its input. */
export function assembleSource(files: readonly SourceFile[]): LoadedSource {
  const issues: Issue[] = [];
  const notes: string[] = [];
  const fileOf = new Map<string, string>();
  const parsed = new Map<string, unknown>();
  const lineOfFile = new Map<string, LineOf>();

  let timeline: Timeline | undefined;
  for (const file of files) {
    if (file.name === TIMELINE_FILE && 'text' in file) {
      const read = readTimeline(file.text);
      issues.push(...read.issues);
      timeline = read.timeline;
      continue;
    }
    if ('tooLargeBytes' in file) {
      issues.push({
        path: file.name,
        message: `Datei ${file.name} ist zu groß (${formatSize(file.tooLargeBytes)}, höchstens ${formatSize(MAX_FILE_BYTES)}) – nicht gelesen`,
      });
      continue;
    }
    if ('unreadable' in file) {
      issues.push({ path: file.name, message: file.unreadable });
      continue;
    }
    if (file.name === PUBLISHED_FILE) continue;
    if (file.name.startsWith(`${TRANSLATIONS_DIR}/`)) continue; // PO, read by readCatalogs
    const result = parseYamlFile(file.name, file.text);
    if (result.ok) {
      parsed.set(file.name, result.data);
      lineOfFile.set(file.name, result.lineOf);
    } else issues.push(...result.messages.map((message) => ({ path: file.name, message })));
  }

  let meta: SourceDirectory['meta'] | undefined;
  if (!files.some((f) => f.name === DATASET_FILE)) {
    issues.push({ path: DATASET_FILE, message: `Datei ${DATASET_FILE} fehlt (Angaben zum Verzeichnis)` });
  } else if (parsed.has(DATASET_FILE)) {
    const data = parsed.get(DATASET_FILE);
    const result = v.safeParse(SourceMetaSchema, data, { message: germanFallback });
    if (result.success) meta = result.output;
    else issues.push(...prefixed(toIssues(result.issues, data), DATASET_FILE));
  }

  let guide: Guide | undefined;
  if (!files.some((f) => f.name === GUIDE_FILE)) {
    notes.push(
      `${GUIDE_FILE} fehlt: ohne die Fragen des Wegweisers lässt sich das Verzeichnis prüfen, aber nicht veröffentlichen`,
    );
  } else if (parsed.has(GUIDE_FILE)) {
    const data = parsed.get(GUIDE_FILE);
    const result = v.safeParse(GuideSchema, data, { message: germanFallback });
    if (!result.success) issues.push(...prefixed(toIssues(result.issues, data), GUIDE_FILE));
    else {
      const guideIssues = checkGuide(result.output, '');
      if (guideIssues.length === 0) guide = result.output;
      else issues.push(...guideIssues.map((issue) => ({ ...issue, path: sourcePath(GUIDE_FILE, [issue.path]) })));
    }
  }

  const orgFiles = files.filter((f) => f.name.startsWith(`${ORGANIZATIONS_DIR}/`));
  if (orgFiles.length === 0) {
    issues.push({
      path: ORGANIZATIONS_DIR,
      message: `Keine Organisationen gefunden (Ordner ${ORGANIZATIONS_DIR}/ ist leer)`,
    });
  }
  if (orgFiles.length > MAX_ORGANIZATIONS) {
    issues.push({
      path: ORGANIZATIONS_DIR,
      message: `Zu viele Dateien: höchstens ${MAX_ORGANIZATIONS} Organisationen`,
    });
  }

  const organizations: Organization[] = [];
  for (const file of orgFiles) {
    if (!parsed.has(file.name)) continue;
    const data = parsed.get(file.name);
    const result = v.safeParse(OrganizationSchema, data, { message: germanFallback });
    if (!result.success) {
      issues.push(...prefixed(toIssues(result.issues, data), file.name));
      continue;
    }
    const expected = `${ORGANIZATIONS_DIR}/${result.output.id}.yaml`;
    if (file.name !== expected) {
      issues.push({
        path: `${file.name}: id`,
        message: `Dateiname passt nicht zur Kennung „${result.output.id}“ – die Datei muss ${expected} heißen (oder die id geändert werden)`,
        recordId: result.output.id,
      });
      continue;
    }
    fileOf.set(result.output.id, file.name);
    organizations.push(result.output);
  }

  let retired: Retirement[] | undefined;
  if (parsed.has(RETIRED_FILE)) {
    const data = parsed.get(RETIRED_FILE);
    const result = v.safeParse(RetiredListSchema, data, { message: germanFallback });
    if (result.success) retired = result.output;
    else issues.push(...prefixed(toIssues(result.issues, data), RETIRED_FILE));
  }
  let region: Region | undefined;
  if (parsed.has(REGION_FILE)) {
    const data = parsed.get(REGION_FILE);
    const result = v.safeParse(RegionSchema, data, { message: germanFallback });
    if (result.success) region = result.output;
    else issues.push(...prefixed(toIssues(result.issues, data), REGION_FILE));
  }
  const publishedFile = files.find((f) => f.name === PUBLISHED_FILE);
  const published =
    publishedFile && 'text' in publishedFile ? parsePublished(publishedFile.text) : new Map<string, string>();

  organizations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  issues.push(
    ...checkIntegrity(
      { organizations },
      (i, keys) => sourcePath(fileOf.get(organizations[i]?.id ?? '') ?? '?', keys),
      (id) => published.get(id),
    ),
    ...checkRetired({ organizations, retired }, (i, field) => `${RETIRED_FILE}: [${i}].${field}`),
    ...(region ? checkAddresses(organizations, region, fileOf) : []),
    ...checkSchedulePlaces(organizations, fileOf),
  );
  const catalogs = readCatalogs(files, issues);
  // Only when every file was readable: a file with errors would make its published services look gone.
  if (issues.length === 0) issues.push(...checkPublished(published, organizations, retired ?? [], fileOf));

  const withLines = issues.map((issue) => withLine(issue, lineOfFile));
  if (withLines.length > 0 || !meta)
    return { issues: withLines, notes, fileOf, catalogs, ...(timeline ? { timeline } : {}) };
  const translated = applyTranslations(organizations, catalogs, meta.languages, fileOf);
  const directory = {
    meta,
    ...(guide ? { guide } : {}),
    organizations: translated.organizations,
    ...(retired ? { retired } : {}),
  };
  return {
    directory,
    issues: withLines,
    notes,
    fileOf,
    catalogs,
    translations: translated.state,
    ...(timeline ? { timeline } : {}),
  };
}

/** translations/<lang>.po: one catalog per language, named after the language in its header. */
function readCatalogs(files: readonly SourceFile[], issues: Issue[]): Catalog[] {
  const catalogs: Catalog[] = [];
  for (const file of files) {
    if (!file.name.startsWith(`${TRANSLATIONS_DIR}/`) || !('text' in file)) continue;
    const result = parseCatalog(file.name, file.text);
    if (!result.ok) {
      issues.push({ path: file.name, message: result.message });
      continue;
    }
    const expected = `${TRANSLATIONS_DIR}/${result.catalog.language}.po`;
    if (file.name !== expected) {
      issues.push({
        path: file.name,
        message: `Die Datei enthält die Sprache „${result.catalog.language}“ und muss ${expected} heißen`,
      });
      continue;
    }
    for (const key of new Set(result.duplicates)) {
      issues.push({
        path: `${file.name}: ${key}`,
        message: `Der Schlüssel „${key}“ steht mehrfach in der Datei – bitte nur einmal`,
      });
    }
    catalogs.push(result.catalog);
  }
  return catalogs;
}

/** "organizations/x.yaml: services[0].name.de" → the file and its keys. */
function fileAndKeys(path: string): { file: string; keys: (string | number)[] } {
  const at = path.indexOf(': ');
  const file = at < 0 ? path : path.slice(0, at);
  const inner = at < 0 ? '' : path.slice(at + 2);
  const keys = [...inner.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
  return { file, keys };
}

/** Every content error gets the line of its field in the file (or of the record a missing field belongs in). */
function withLine(issue: Issue, lineOfFile: ReadonlyMap<string, LineOf>): Issue {
  if (issue.line !== undefined) return issue;
  const { file, keys } = fileAndKeys(issue.path);
  const line = lineOfFile.get(file)?.(keys);
  return line === undefined ? issue : { ...issue, line };
}

function prefixed(issues: Issue[], file: string): Issue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path === '' ? file : `${file}: ${issue.path}` }));
}

async function readLimited(dir: string, name: string): Promise<SourceFile> {
  const full = join(dir, name);
  // The size is checked before reading so a huge file never reaches the YAML parser.
  const info = await stat(full);
  if (info.size > MAX_FILE_BYTES) return { name, tooLargeBytes: info.size };
  return { name, ...decodeUtf8(await readFile(full), name) };
}

/** Reads dataset.yaml, guide.yaml and organizations/*.yaml from `dir`; other files are noted and skipped. */
export async function readSourceDir(dir: string): Promise<{ files: SourceFile[]; notes: string[] }> {
  const files: SourceFile[] = [];
  const notes: string[] = [];
  let top: string[];
  try {
    top = await readdir(dir);
  } catch {
    throw new SourceDirError(`Ordner „${dir}“ nicht gefunden oder nicht lesbar`);
  }
  if (top.includes(DATASET_FILE)) files.push(await readLimited(dir, DATASET_FILE));
  if (top.includes(GUIDE_FILE)) files.push(await readLimited(dir, GUIDE_FILE));
  if (top.includes(TIMELINE_FILE)) files.push(await readLimited(dir, TIMELINE_FILE));
  if (top.includes(RETIRED_FILE)) files.push(await readLimited(dir, RETIRED_FILE));
  if (top.includes(PUBLISHED_FILE)) files.push(await readLimited(dir, PUBLISHED_FILE));
  if (top.includes(REGION_FILE)) files.push(await readLimited(dir, REGION_FILE));
  if (top.includes(ORGANIZATIONS_DIR)) {
    const names = (await readdir(join(dir, ORGANIZATIONS_DIR))).sort();
    for (const name of names) {
      if (name.endsWith('.yaml')) files.push(await readLimited(dir, `${ORGANIZATIONS_DIR}/${name}`));
      else if (!name.startsWith('.'))
        notes.push(`${ORGANIZATIONS_DIR}/${name} übersprungen (nur .yaml-Dateien werden gelesen)`);
    }
  }
  if (top.includes(TRANSLATIONS_DIR)) {
    for (const name of (await readdir(join(dir, TRANSLATIONS_DIR))).sort()) {
      if (name.endsWith('.po')) files.push(await readLimited(dir, `${TRANSLATIONS_DIR}/${name}`));
      else if (!name.startsWith('.'))
        notes.push(`${TRANSLATIONS_DIR}/${name} übersprungen (nur .po-Dateien werden gelesen)`);
    }
  }
  return { files, notes };
}

/** A problem with the source folder itself (not with its content). */
export class SourceDirError extends Error {}

/** Reads and validates the editorial source in `dir`. */
export async function loadSource(dir: string): Promise<LoadedSource> {
  const { files, notes } = await readSourceDir(dir);
  const loaded = assembleSource(files);
  return { ...loaded, notes: [...notes, ...loaded.notes] };
}
