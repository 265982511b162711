import type { LanguageCode, Organization } from '../../../domain/directory/schema';
import { keyedEntries, type KeyedEntry } from '../translations/apply';
import { TARGET_LANGUAGES, type Catalog, type CatalogEntry } from '../translations/catalog';
import { importCatalog } from '../translations/exchange';
import { storedCatalogText } from '../translations/store';
import { TRANSLATIONS_DIR } from '../load-source';
import { isLocalizedText } from './merge-data';

/**
 * The translations an import (spreadsheet, HSDS) carries, against the translation files of the
 * target (pure). The YAML files keep German only; a translation that differs from the stored one
 * is checked exactly as `import-translations` checks a translator's file and, when it passes, goes
 * into translations/<lang>.po as reviewed (staff typed it). A translation that is the same as the
 * stored one is left alone with its draft flag. A stored translation whose German the import
 * changes stays as it is and becomes outdated (its msgid is no longer the current German).
 */

type Plain = Record<string, unknown>;

interface LanguagePlan {
  language: LanguageCode;
  /** Taken into the translation file, reviewed. */
  taken: CatalogEntry[];
  refused: { key: string; reason: string }[];
  /** The same as stored (flag kept). */
  unchanged: number;
  /** Stored translations whose German the import changes: outdated afterwards. */
  outdated: number;
}

export interface TranslationPlan {
  languages: LanguagePlan[];
  /** Translation files to write (only languages with taken translations), full new text. */
  writes: { name: string; text: string }[];
}

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A copy with every text reduced to its German (what the organization's YAML file keeps). */
export function germanOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(germanOnly);
  if (!isPlain(value)) return value;
  if (isLocalizedText(value) && typeof value.de === 'string') return { de: value.de };
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, germanOnly(inner)]));
}

const keyed = (organizations: readonly Plain[], fileOf: ReadonlyMap<string, string>): KeyedEntry[] =>
  keyedEntries(organizations as unknown as Organization[], fileOf);

/** What the app showed for a text before the import: the translation file's entry, else one inline in the YAML. */
function storedTranslation(stored: Catalog | undefined, before: KeyedEntry | undefined, language: LanguageCode) {
  if (!before) return undefined;
  const entry = stored?.entries.get(before.key);
  if (entry && entry.translation !== '') return entry.source === before.text.de ? entry.translation : undefined;
  const inline = (before.text as Plain)[language];
  return typeof inline === 'string' ? inline : undefined;
}

/**
 * @param before the organizations as the YAML files hold them now
 * @param imported the imported organizations with their translations
 * @param after every organization after the merge (German only where the import spoke)
 * @param languages the languages the import carries
 */
export function planTranslations(
  before: readonly Plain[],
  imported: readonly Plain[],
  after: readonly Plain[],
  catalogs: readonly Catalog[],
  languages: ReadonlySet<string>,
  fileOf: ReadonlyMap<string, string>,
): TranslationPlan {
  const beforeByKey = new Map(keyed(before, fileOf).map((entry) => [entry.key, entry]));
  const afterKeyed = keyed(after, fileOf);
  const importedKeyed = keyed(imported, fileOf);
  const plan: TranslationPlan = { languages: [], writes: [] };
  for (const language of TARGET_LANGUAGES) {
    const stored = catalogs.find((catalog) => catalog.language === language);
    const candidates = new Map<string, CatalogEntry>();
    let unchanged = 0;
    if (languages.has(language)) {
      for (const { key, text } of importedKeyed) {
        const value = (text as Plain)[language];
        if (typeof value !== 'string' || value.trim() === '') continue;
        if (value.trim() === storedTranslation(stored, beforeByKey.get(key), language)?.trim()) {
          unchanged++;
          continue;
        }
        candidates.set(key, { key, source: text.de, translation: value, fuzzy: false });
      }
    }
    const outcome = importCatalog({ language, entries: candidates }, [], afterKeyed, stored);
    const takenKeys = new Set(outcome.taken.map((entry) => entry.key));
    let outdated = 0;
    for (const { key, text } of afterKeyed) {
      const old = beforeByKey.get(key)?.text.de;
      const entry = stored?.entries.get(key);
      if (old === undefined || old === text.de || takenKeys.has(key)) continue;
      if (entry && entry.translation !== '' && entry.source === old) outdated++;
    }
    if (candidates.size + unchanged + outdated === 0) continue;
    plan.languages.push({
      language,
      taken: outcome.taken,
      refused: outcome.refused,
      unchanged: unchanged + outcome.unchanged,
      outdated,
    });
    if (outcome.taken.length > 0)
      plan.writes.push({
        name: `${TRANSLATIONS_DIR}/${language}.po`,
        text: storedCatalogText(outcome.merged, afterKeyed),
      });
  }
  return plan;
}

/** The translation part of the plan in plain German. */
export function translationPlanText(plan: TranslationPlan): string[] {
  const active = plan.languages.filter((l) => l.taken.length + l.refused.length + l.outdated > 0);
  if (active.length === 0) return [];
  const lines = ['Übersetzungen (in translations/<Sprache>.po, nie in die YAML-Dateien):'];
  for (const l of active) {
    lines.push(
      `  ${l.language}: übernommen ${l.taken.length} (als geprüft), abgelehnt ${l.refused.length}, unverändert ${l.unchanged}${l.outdated > 0 ? `, veraltet durch geänderten deutschen Text ${l.outdated}` : ''}`,
    );
    for (const entry of l.taken) lines.push(`    + ${entry.key}`);
    for (const { key, reason } of l.refused) lines.push(`    ✗ ${key}`, `        ${reason}`);
  }
  const outdated = active.reduce((n, l) => n + l.outdated, 0);
  if (outdated > 0)
    lines.push(
      `  Veraltet: ${outdated} – bis zur neuen Übersetzung zeigt die App dort Deutsch (export-translations → übersetzen → import-translations).`,
    );
  return lines;
}
