import { join } from 'node:path';
import type { LanguageCode } from '../../../domain/directory/schema';
import { TRANSLATIONS_DIR } from '../load-source';
import type { KeyedEntry } from './apply';
import { compileCatalog, type Catalog, type CatalogEntry } from './catalog';

/** Where a language's translations are kept in the editorial source. */
export function catalogPath(sourceDir: string, language: LanguageCode): string {
  return join(sourceDir, TRANSLATIONS_DIR, `${language}.po`);
}

/**
 * The stored file of a catalog: entries in the order of the directory's texts (file by file, as in
 * the YAML), each with its YAML file and what it is; entries whose key no text has any more follow
 * at the end, kept so that nothing a translator made is lost by a renamed record.
 */
export function storedCatalogText(catalog: Catalog, keyed: readonly KeyedEntry[]): string {
  const ordered: CatalogEntry[] = [];
  const done = new Set<string>();
  for (const { key, file, what } of keyed) {
    const entry = catalog.entries.get(key);
    if (!entry || entry.translation === '') continue;
    const { previousSource: _previous, ...kept } = entry;
    ordered.push({ ...kept, file, what });
    done.add(key);
  }
  for (const entry of catalog.entries.values()) {
    if (!done.has(entry.key) && entry.translation !== '') ordered.push(entry);
  }
  return compileCatalog(catalog.language, ordered);
}
