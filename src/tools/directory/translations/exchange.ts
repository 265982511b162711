import type { LanguageCode } from '../../../domain/directory/schema';
import type { KeyedEntry } from './apply';
import { compileCatalog, type Catalog, type CatalogEntry } from './catalog';
import { checkTranslation } from './checks';

/**
 * The exchange with translators, apart from reading and writing files: what an export holds, and
 * which entries of a translator's file are taken into the stored translations and why others are not.
 */

/**
 * Every text for one language: the current German as msgid, the stored translation (if any) as
 * msgstr. A translation of an older German text comes as a draft (`#, fuzzy`) with that older
 * text as `#| msgid`, as gettext's own tools do, so the translator sees what changed.
 */
export function exportCatalog(
  language: LanguageCode,
  keyed: readonly KeyedEntry[],
  stored: Catalog | undefined,
): string {
  const entries: CatalogEntry[] = keyed.map(({ key, file, what, text }) => {
    const entry = stored?.entries.get(key);
    const base = { key, source: text.de, file, what, ...(entry?.note ? { note: entry.note } : {}) };
    if (!entry || entry.translation === '') return { ...base, translation: '', fuzzy: false };
    if (entry.source === text.de) return { ...base, translation: entry.translation, fuzzy: entry.fuzzy };
    return { ...base, translation: entry.translation, fuzzy: true, previousSource: entry.source };
  });
  return compileCatalog(language, entries);
}

export interface ImportOutcome {
  /** The stored catalog with the accepted entries merged in (nothing else changed). */
  merged: Catalog;
  taken: CatalogEntry[];
  refused: { key: string; reason: string }[];
  /** Left as stored: the same translation as before. */
  unchanged: number;
  /** Keys without a translation in the file (msgstr ""). */
  empty: string[];
}

/** Checks each entry of a translator's file against the current German and the stored translations. */
export function importCatalog(
  imported: Catalog,
  duplicates: readonly string[],
  keyed: readonly KeyedEntry[],
  stored: Catalog | undefined,
): ImportOutcome {
  const byKey = new Map(keyed.map((entry) => [entry.key, entry]));
  const merged: Catalog = { language: imported.language, entries: new Map(stored?.entries ?? []) };
  const outcome: ImportOutcome = { merged, taken: [], refused: [], unchanged: 0, empty: [] };
  const twice = new Set(duplicates);
  for (const entry of imported.entries.values()) {
    const current = byKey.get(entry.key);
    const before = stored?.entries.get(entry.key);
    if (twice.has(entry.key)) {
      outcome.refused.push({ key: entry.key, reason: 'steht mehrfach in der Datei – welche Fassung gilt, ist unklar' });
      continue;
    }
    if (!current) {
      outcome.refused.push({
        key: entry.key,
        reason: 'unbekannter Schlüssel – diesen Text gibt es im Verzeichnis nicht (umbenannt oder gelöscht?)',
      });
      continue;
    }
    if (entry.translation.trim() === '') {
      outcome.empty.push(entry.key);
      continue;
    }
    const sameAsStored = before !== undefined && before.translation === entry.translation;
    if (entry.source !== current.text.de) {
      // An untouched entry of an older export, or an outdated draft sent back as it was: nothing to take.
      if (sameAsStored) outcome.unchanged++;
      else
        outcome.refused.push({
          key: entry.key,
          reason: `veraltet – übersetzt aus „${shorten(entry.source)}“, der deutsche Text lautet jetzt „${shorten(current.text.de)}“. Bitte neu exportieren und übersetzen`,
        });
      continue;
    }
    // An outdated translation sent back unchanged and still a draft stays outdated.
    if (sameAsStored && entry.fuzzy && before.source !== current.text.de) {
      outcome.unchanged++;
      continue;
    }
    if (sameAsStored && before.source === current.text.de && before.fuzzy === entry.fuzzy) {
      outcome.unchanged++;
      continue;
    }
    const problem = checkTranslation(imported.language, current.text.de, entry.translation);
    if (problem) {
      outcome.refused.push({ key: entry.key, reason: problem });
      continue;
    }
    const taken: CatalogEntry = {
      key: entry.key,
      source: current.text.de,
      translation: entry.translation.trim(),
      fuzzy: entry.fuzzy,
      file: current.file,
      what: current.what,
      ...(entry.note ? { note: entry.note } : {}),
    };
    merged.entries.set(entry.key, taken);
    outcome.taken.push(taken);
  }
  return outcome;
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
