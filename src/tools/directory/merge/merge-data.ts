import { LANGUAGE_CODES } from '../../../domain/directory/schema';

/**
 * Merging an imported organization into the one already in the editorial source (pure, on plain
 * data as the YAML file holds it). The import speaks only for what it carries:
 * - lists of records with an `id` (services, locations) are merged by id; a record missing from
 *   the import stays unless removals are allowed, and is reported either way;
 * - a text in several languages keeps the languages the import has no column for (the imports
 *   pass German only: translations go to the translation files, see translations.ts, and any
 *   still written inline in a YAML file stay there untouched);
 * - fields the import does not carry are removed (an emptied cell is a deletion), except texts in
 *   languages it does not cover.
 */

type Plain = Record<string, unknown>;

export interface MergeOptions {
  /** Records missing from the import are removed (otherwise kept). */
  removeMissing: boolean;
  /** Content languages the import carries; other languages of a text are kept as they are. */
  languages: ReadonlySet<string>;
  /**
   * For texts (German a string, not a list of words): the languages the import speaks for here,
   * when not all of `languages` (the imports give German only: translations go to the translation files).
   */
  textLanguages?: ReadonlySet<string>;
  /** Fields the import's format cannot carry (HSDS has no keywords): kept when the import lacks them. */
  keepAbsent?: ReadonlySet<string>;
}

export interface Missing {
  /** "services", "locations", "services.x.phones" … */
  list: string;
  id: string;
  name: string;
}

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const LANGUAGES = new Set<string>(LANGUAGE_CODES);

/**
 * A text in several languages: an object whose keys are content languages (and perhaps `machine`,
 * the list of machine-assisted ones).
 */
export function isLocalizedText(value: unknown): value is Record<string, unknown> {
  if (!isPlain(value)) return false;
  const keys = Object.keys(value).filter((k) => k !== 'machine');
  return keys.length > 0 && keys.every((k) => LANGUAGES.has(k));
}

const hasIds = (items: unknown[]): items is Plain[] =>
  items.length > 0 && items.every((item) => isPlain(item) && typeof item.id === 'string');

/** The German name of a record (for plans and messages), else its id. */
export function recordName(record: Plain): string {
  const name = record.name;
  if (isPlain(name) && typeof name.de === 'string') return name.de;
  if (typeof name === 'string') return name;
  return String(record.id ?? '?');
}

const coveredLanguages = (text: Record<string, unknown>, options: MergeOptions) =>
  typeof text.de === 'string' ? (options.textLanguages ?? options.languages) : options.languages;

export function mergeRecord(
  existing: unknown,
  incoming: unknown,
  options: MergeOptions,
  missing: Missing[] = [],
  path = '',
): unknown {
  if (isLocalizedText(existing) && isLocalizedText(incoming)) {
    const covered = coveredLanguages(existing, options);
    const kept = Object.fromEntries(Object.entries(existing).filter(([lang]) => !covered.has(lang)));
    return { ...incoming, ...kept };
  }
  if (isPlain(existing) && isPlain(incoming)) {
    const merged: Plain = {};
    // Existing key order first (the editors' order), then keys the import adds.
    for (const key of Object.keys(existing)) {
      const inner = path === '' ? key : `${path}.${key}`;
      if (key in incoming) merged[key] = mergeRecord(existing[key], incoming[key], options, missing, inner);
      // A spreadsheet cannot tell "no" from "not given" for every switch: an explicit false stays.
      else if (existing[key] === false) merged[key] = false;
      else if (options.keepAbsent?.has(key)) merged[key] = existing[key];
      else if (isLocalizedText(existing[key])) {
        const covered = coveredLanguages(existing[key], options);
        const kept = Object.entries(existing[key]).filter(([lang]) => !covered.has(lang));
        if (kept.length > 0 && kept.some(([lang]) => lang === 'de')) merged[key] = Object.fromEntries(kept);
      }
    }
    for (const key of Object.keys(incoming)) if (!(key in merged) && !(key in existing)) merged[key] = incoming[key];
    return merged;
  }
  if (
    Array.isArray(existing) &&
    Array.isArray(incoming) &&
    hasIds(existing) &&
    (incoming.length === 0 || hasIds(incoming))
  ) {
    const byId = new Map(existing.map((item) => [item.id as string, item]));
    const result: unknown[] = incoming.map((item) => {
      const id = (item as Plain).id as string;
      const before = byId.get(id);
      return before ? mergeRecord(before, item, options, missing, `${path}.${id}`) : item;
    });
    const incomingIds = new Set(incoming.map((item) => (item as Plain).id));
    for (const item of existing) {
      if (incomingIds.has(item.id)) continue;
      missing.push({ list: path, id: item.id as string, name: recordName(item) });
      if (!options.removeMissing) result.push(item);
    }
    return result;
  }
  if (Array.isArray(existing) && Array.isArray(incoming) && existing.length === incoming.length) {
    return incoming.map((item, i) => mergeRecord(existing[i], item, options, missing, `${path}.${i}`));
  }
  return incoming;
}

/** Same content, whatever the key order (the YAML file and the import may order keys differently). */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isPlain(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The top-level fields whose content differs (for the plan: "geändert: name, schedules"). */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isPlain(before) || !isPlain(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => !sameContent(before[k], after[k]));
}
