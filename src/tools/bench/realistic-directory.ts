/**
 * A realistic directory of any size for the publication benchmark: copies of the editorial sample
 * (directory/) with fresh ids and shifted letters, so text lengths, translations and structure are
 * those of real entries, and the copies do not compress better than real different entries would.
 * `translateAll` fills every missing translation with a stand-in of the German text's length (its
 * letters shifted per language, so compression does not find the German again): the size the
 * directory has once every text exists in all eleven languages.
 */
import { join } from 'node:path';
import { LANGUAGE_CODES, type SourceDirectory } from '../../domain/directory/schema';
import { isLocalized } from '../../domain/publication/by-language';
import { loadSource } from '../directory/load-source';

export async function loadSample(root: string): Promise<SourceDirectory> {
  const loaded = await loadSource(join(root, 'directory'));
  if (!loaded.directory) throw new Error(`directory/ has errors: ${loaded.issues[0]?.message ?? ''}`);
  return loaded.directory;
}

const ID_KEYS = new Set(['id', 'locationId']);

/**
 * Copy `copy` of an organization: ids get a suffix, and every text's letters are shifted by the copy's
 * number (same length and letter statistics), so compression cannot simply find the first copy again.
 */
function renamed(value: unknown, suffix: string, copy: number): unknown {
  if (Array.isArray(value)) return value.map((item) => renamed(item, suffix, copy));
  if (typeof value !== 'object' || value === null) return value;
  if (isLocalized(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, text]) => [
        key,
        key === 'machine'
          ? text
          : Array.isArray(text)
            ? text.map((word: string) => shifted(word, copy))
            : shifted(String(text), copy),
      ]),
    );
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (ID_KEYS.has(key) && typeof item === 'string') out[key] = `${suffix}-${item}`;
    else if (key === 'locationIds' && Array.isArray(item)) out[key] = item.map((id) => `${suffix}-${id}`);
    else out[key] = renamed(item, suffix, copy);
  }
  return out;
}

/**
 * The sample grown (or cut) to about `services` services; copy k gets ids starting with "k<k>-", so in
 * the published order (by id) a copy does not sit next to its original.
 */
export function scaledDirectory(sample: SourceDirectory, services: number): SourceDirectory {
  const organizations: SourceDirectory['organizations'] = [];
  let count = 0;
  for (let copy = 0; count < services; copy++) {
    for (const organization of sample.organizations) {
      if (count >= services) break;
      const org = (
        copy === 0 ? organization : renamed(organization, `k${copy}`, copy)
      ) as (typeof organizations)[number];
      organizations.push(org);
      count += org.services.length;
    }
  }
  return { ...sample, organizations };
}

function shifted(text: string, by: number): string {
  return text.replace(/[a-zäöüß]/gi, (letter) => {
    const code = letter.toLowerCase().charCodeAt(0);
    if (code < 97 || code > 122) return letter;
    return String.fromCharCode(97 + ((code - 97 + by) % 26));
  });
}

/** Every localized text in every content language (stand-ins where the sample has no translation). */
export function translateAll<T>(tree: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value !== 'object' || value === null) return value;
    const object = value as Record<string, unknown>;
    if (isLocalized(object) && object.de !== undefined) {
      const out: Record<string, unknown> = { ...object };
      LANGUAGE_CODES.forEach((language, index) => {
        if (out[language] !== undefined) return;
        const german = object.de;
        out[language] = Array.isArray(german)
          ? german.map((word: string) => shifted(word, index))
          : shifted(String(german), index);
      });
      return out;
    }
    return Object.fromEntries(Object.entries(object).map(([key, item]) => [key, walk(item)]));
  };
  return walk(tree) as T;
}
