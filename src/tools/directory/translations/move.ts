import { translated } from '../../../domain/directory/text-in';
import { readSourceDir, TRANSLATIONS_DIR, type LoadedSource, type SourceFile } from '../load-source';
import { keyedEntries } from './apply';
import type { Catalog } from './catalog';
import { withoutInlineTranslations } from './inline-yaml';
import { storedCatalogText } from './store';

/**
 * The files of the editorial source after moving the translations out of the YAML files into the
 * translation files (computed only; the command writes them after checking them).
 */
export interface MovedSource {
  /** The whole source as it would be afterwards. */
  files: SourceFile[];
  /** Only the files that change. */
  writes: { path: string; text: string }[];
  yamlFiles: number;
  /** Texts translated both in a YAML file and, differently, in a translation file (`key [lang]`). */
  conflicts: string[];
  /** Texts the app would show differently afterwards (`key (lang)`); empty when the move is faithful. */
  differences(after: LoadedSource): string[];
}

export async function moveInline(sourceDir: string, loaded: LoadedSource): Promise<MovedSource> {
  const before = loaded.directory!;
  const state = loaded.translations!;
  const keyed = keyedEntries(before.organizations, loaded.fileOf);
  const byKey = new Map(keyed.map((entry) => [entry.key, entry]));
  const catalogs = new Map<string, Catalog>(
    loaded.catalogs.map((catalog) => [catalog.language, { ...catalog, entries: new Map(catalog.entries) }]),
  );
  const conflicts: string[] = [];
  for (const { language, key, text, inCatalog } of state.inline) {
    if (inCatalog) {
      const stored = catalogs.get(language)?.entries.get(key);
      if (stored?.translation !== text) conflicts.push(`${key} [${language}]`);
      continue;
    }
    const entry = byKey.get(key);
    const translation = entry && translated(entry.text, language);
    if (!entry || translation === undefined) continue;
    let catalog = catalogs.get(language);
    if (!catalog) catalogs.set(language, (catalog = { language, entries: new Map() }));
    catalog.entries.set(key, {
      key,
      source: entry.text.de,
      translation,
      fuzzy: true,
      file: entry.file,
      what: entry.what,
    });
  }

  const writes: { path: string; text: string }[] = [];
  const { files } = await readSourceDir(sourceDir);
  const next: SourceFile[] = [];
  let yamlFiles = 0;
  for (const file of files) {
    if (file.name.startsWith(`${TRANSLATIONS_DIR}/`) || !('text' in file) || !file.name.startsWith('organizations/')) {
      if (!file.name.startsWith(`${TRANSLATIONS_DIR}/`)) next.push(file);
      continue;
    }
    const text = withoutInlineTranslations(file.text);
    if (text !== file.text) {
      writes.push({ path: file.name, text });
      yamlFiles++;
    }
    next.push({ name: file.name, text });
  }
  for (const catalog of catalogs.values()) {
    const path = `${TRANSLATIONS_DIR}/${catalog.language}.po`;
    const text = storedCatalogText(catalog, keyed);
    writes.unshift({ path, text }); // translation files first: a crash between writes loses nothing
    next.push({ name: path, text });
  }

  const differences = (after: LoadedSource): string[] => {
    const afterKeyed = new Map(
      keyedEntries(after.directory?.organizations ?? [], after.fileOf).map((entry) => [entry.key, entry]),
    );
    const out: string[] = [];
    for (const { key, text } of keyed) {
      const other = afterKeyed.get(key);
      for (const language of ['de', ...state.status.map((s) => s.language)]) {
        if (translated(text, language) !== (other && translated(other.text, language)))
          out.push(`${key} (${language})`);
      }
    }
    return out;
  };
  return { files: next, writes, yamlFiles, conflicts, differences };
}
