import { LANGUAGE_CODES, type LanguageCode } from '../directory/text';

/**
 * The one place where a localized text ({ de, en, tr, … }) is taken apart by language and put back
 * together. The published directory is split so that a phone downloads German and the language-free
 * fields once, plus only the languages it shows; every part is joined back here into the directory
 * the rest of the app knows. Any field a localized text carries per language travels with that
 * language: `machine` (the languages drafted with machine assistance, e.g. `machine: ['tr']`) becomes
 * a flag on the Turkish entry and is rebuilt from the flags of the languages a phone holds.
 */

/** One language's value of one localized text: where it sits, the value, and 1 when machine-assisted. */
export type LanguageEntry = [path: string, value: string | readonly string[], machine?: 1];

/** The key of a localized text that lists its machine-assisted languages. */
const MACHINE_KEY = 'machine';

const LANGUAGES = new Set<string>(LANGUAGE_CODES);

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringList = (value: Json): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A localized text (or a per-language list such as the search keywords): an object whose keys are
 * all content languages (and optionally `machine`), each holding a string or a list of strings.
 */
export function isLocalized(value: Json): value is JsonObject {
  if (!isObject(value)) return false;
  let languages = 0;
  for (const [key, item] of Object.entries(value)) {
    if (key === MACHINE_KEY) {
      if (!isStringList(item)) return false;
      continue;
    }
    if (!LANGUAGES.has(key)) return false;
    if (typeof item !== 'string' && !isStringList(item)) return false;
    languages++;
  }
  return languages > 0;
}

export interface SplitResult {
  /** The same tree with every localized text reduced to German (the language-free fields untouched). */
  shared: Json;
  /** Per language other than German: its values, in tree order. Languages without any value are absent. */
  languages: Map<LanguageCode, LanguageEntry[]>;
}

/** Splits a JSON tree (a published directory or a part of it) by language. Pure; the input is not changed. */
export function splitByLanguage(tree: Json): SplitResult {
  const languages = new Map<LanguageCode, LanguageEntry[]>();
  const walk = (value: Json, path: string): Json => {
    if (Array.isArray(value)) return value.map((item, index) => walk(item, join(path, String(index))));
    if (!isObject(value)) return value;
    if (isLocalized(value)) return splitText(value, path, languages);
    const out: JsonObject = {};
    for (const [key, item] of Object.entries(value)) out[key] = walk(item, join(path, key));
    return out;
  };
  return { shared: walk(tree, ''), languages };
}

function splitText(text: JsonObject, path: string, languages: Map<LanguageCode, LanguageEntry[]>): JsonObject {
  const machine = new Set(isStringList(text[MACHINE_KEY]) ? text[MACHINE_KEY] : []);
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(text)) {
    if (key === MACHINE_KEY) continue;
    if (key === 'de') {
      kept.de = value;
      continue;
    }
    const language = key as LanguageCode;
    const entry: LanguageEntry = machine.has(key)
      ? [path, value as string | string[], 1]
      : [path, value as string | string[]];
    const list = languages.get(language);
    if (list) list.push(entry);
    else languages.set(language, [entry]);
  }
  if (machine.has('de')) kept[MACHINE_KEY] = ['de'];
  return kept;
}

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** An entry that does not fit the shared tree: the parts do not belong together. */
export class JoinError extends Error {
  override readonly name = 'JoinError';
}

/**
 * Puts languages back into a shared tree (changes `shared` in place and returns it). Throws JoinError
 * when an entry points at no localized text, which only parts of different versions can cause.
 */
export function joinLanguage(shared: Json, language: LanguageCode, entries: readonly LanguageEntry[]): Json {
  if (language === 'de') throw new JoinError('German is part of the shared tree');
  for (const entry of entries) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string') throw new JoinError('entry is not [path, value]');
    const [path, value, machine] = entry;
    const target = at(shared, path);
    if (!isObject(target) || !('de' in target || Object.keys(target).length === 0 || isLocalized(target))) {
      throw new JoinError(`no localized text at ${path}`);
    }
    if (typeof value !== 'string' && !isStringList(value)) throw new JoinError(`value at ${path} is not text`);
    target[language] = value;
    if (machine === 1) {
      const list = isStringList(target[MACHINE_KEY]) ? target[MACHINE_KEY] : [];
      if (!list.includes(language)) target[MACHINE_KEY] = [...list, language];
    }
  }
  return shared;
}

function at(tree: Json, path: string): Json {
  if (path === '') return tree;
  let node = tree;
  for (const key of path.split('.')) {
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}
