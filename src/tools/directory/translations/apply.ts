import type { LanguageCode, Organization } from '../../../domain/directory/schema';
import { organizationTextEntries, type TextEntry } from '../../../domain/directory/translation-keys';
import { TARGET_LANGUAGES, type Catalog } from './catalog';

/**
 * Puts the translation files' texts into the organizations, as the app gets them: a translation
 * made from the current German is used (and listed in `machine` when it is an unreviewed draft);
 * one made from an older German text is left out, so the app shows the current German instead of
 * a translation of something that no longer holds. Also counts, per language, what is done,
 * reviewed, machine-assisted, outdated and missing.
 */

export interface LanguageStatus {
  language: LanguageCode;
  /** Text fields of the organizations. */
  total: number;
  /** Translated from the current German: reviewed + machine + inline. */
  done: number;
  reviewed: number;
  /** Machine-assisted drafts not yet reviewed (`#, fuzzy`). */
  machine: number;
  /** Translated from a German text that has changed since. */
  outdated: number;
  missing: number;
  /** Still written in the organization's YAML file instead of the translation file. */
  inline: number;
}

interface TranslationProblem {
  language: LanguageCode;
  key: string;
  /** The organization's YAML file, when the key still exists. */
  file?: string;
  what?: string;
}

export interface TranslationState {
  status: LanguageStatus[];
  /** Translations whose German has changed since (left out of the build). */
  outdated: (TranslationProblem & { source: string; current: string })[];
  /** Keys in a translation file that no text has (the record was renamed or removed). */
  unknown: TranslationProblem[];
  /**
   * Translations still inline in a YAML file (no record of the German they were made from). With
   * `inCatalog` the translation file has an entry for the same text too, and that entry is used.
   */
  inline: (TranslationProblem & { text: string; inCatalog: boolean })[];
}

export interface KeyedEntry extends TextEntry {
  file: string;
}

/** Every text of the organizations with its key and YAML file, in file order. */
export function keyedEntries(
  organizations: readonly Organization[],
  fileOf: ReadonlyMap<string, string>,
): KeyedEntry[] {
  return organizations.flatMap((organization) => {
    const file = fileOf.get(organization.id) ?? `organizations/${organization.id}.yaml`;
    return organizationTextEntries(organization).map((entry) => ({ ...entry, file }));
  });
}

function emptyStatus(language: LanguageCode, total: number): LanguageStatus {
  return { language, total, done: 0, reviewed: 0, machine: 0, outdated: 0, missing: 0, inline: 0 };
}

/**
 * Returns copies of the organizations with the translations applied (the input stays as it is),
 * and the state of every language in `languages` and in the catalogs.
 */
export function applyTranslations(
  organizations: readonly Organization[],
  catalogs: readonly Catalog[],
  languages: readonly LanguageCode[],
  fileOf: ReadonlyMap<string, string> = new Map(),
): { organizations: Organization[]; state: TranslationState } {
  const copies = structuredClone(organizations) as Organization[];
  const entries = keyedEntries(copies, fileOf);
  const byLanguage = new Map(catalogs.map((catalog) => [catalog.language, catalog]));
  const wanted = TARGET_LANGUAGES.filter((code) => languages.includes(code) || byLanguage.has(code));
  const state: TranslationState = { status: [], outdated: [], unknown: [], inline: [] };
  const known = new Set(entries.map((entry) => entry.key));

  for (const language of wanted) {
    const status = emptyStatus(language, entries.length);
    const catalog = byLanguage.get(language);
    for (const { key, text, file, what } of entries) {
      const own = text as Record<string, unknown>;
      const entry = catalog?.entries.get(key);
      const machine = new Set(text.machine ?? []);
      const inline = typeof own[language] === 'string' ? (own[language] as string) : undefined;
      if (entry && entry.translation !== '') {
        if (inline !== undefined) state.inline.push({ language, key, file, what, text: inline, inCatalog: true });
        if (entry.source === text.de) {
          own[language] = entry.translation;
          if (entry.fuzzy) machine.add(language);
          else machine.delete(language);
          status.done++;
          if (entry.fuzzy) status.machine++;
          else status.reviewed++;
        } else {
          delete own[language];
          machine.delete(language);
          status.outdated++;
          state.outdated.push({ language, key, file, what, source: entry.source, current: text.de });
        }
      } else if (inline !== undefined) {
        status.done++;
        status.inline++;
        state.inline.push({ language, key, file, what, text: inline, inCatalog: false });
      } else {
        status.missing++;
      }
      const ordered = TARGET_LANGUAGES.filter((code) => machine.has(code));
      if (ordered.length > 0) text.machine = ordered;
      else delete text.machine;
    }
    for (const key of catalog?.entries.keys() ?? []) {
      if (!known.has(key)) state.unknown.push({ language, key });
    }
    state.status.push(status);
  }
  return { organizations: copies, state };
}
