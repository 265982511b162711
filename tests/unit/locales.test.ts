/**
 * Every UI string in every language: no key missing, none left over, no key the code asks for
 * that German lacks, and the same {{placeholders}} as the German source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flatten(value, path)) flat.set(k, v);
  }
  return flat;
}

const localesDir = join(import.meta.dirname, '../../locales');
const readLocale = (file: string) =>
  JSON.parse(readFileSync(join(localesDir, file), 'utf8')) as Tree & { _meta?: unknown };
/** UI strings only: `_meta` (who translated, whether reviewed) is data about the file, not text the app shows. */
const load = (file: string) => {
  const { _meta, ...strings } = readLocale(file);
  return flatten(strings as Tree);
};
const german = load('de.json');
const others = readdirSync(localesDir).filter((f) => f.endsWith('.json') && f !== 'de.json');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Keys the app asks for: literal t('a.b') calls, and the fixed start of t(`a.${x}.b`) calls. */
function keysInCode(): { literal: Set<string>; dynamicPrefixes: Set<string> } {
  const literal = new Set<string>();
  const dynamicPrefixes = new Set<string>();
  for (const file of sourceFiles(join(import.meta.dirname, '../../src/app'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*['"]([\w.-]+)['"]/g)) literal.add(m[1]!);
    for (const m of code.matchAll(/\bt\(\s*`([\w.-]*)\$\{/g)) dynamicPrefixes.add(m[1]!);
  }
  return { literal, dynamicPrefixes };
}

/** i18next plural forms: `key_one`, `key_other` … chosen through Intl.PluralRules from t('key', { count }). */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');
const pluralBases = (keys: Iterable<string>) => new Set([...keys].filter((k) => PLURAL_SUFFIX.test(k)).map(baseKey));
/** The plural forms a language needs, e.g. one/other for German, zero/one/two/few/many/other for Arabic. */
const pluralForms = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.map(String).sort();

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  it('German has every key the code asks for', () => {
    const { literal } = keysInCode();
    const plurals = pluralBases(german.keys());
    expect([...literal].filter((key) => !german.has(key) && !plurals.has(key))).toEqual([]);
  });

  it('German has no key the code never asks for', () => {
    const { literal, dynamicPrefixes } = keysInCode();
    const unused = [...german.keys()].filter(
      (key) =>
        !literal.has(key) &&
        !literal.has(baseKey(key)) &&
        ![...dynamicPrefixes].some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('German has no empty text', () => {
    expect([...german].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('German plurals have the forms German needs', () => {
    for (const base of pluralBases(german.keys())) {
      const forms = [...german.keys()]
        .filter((k) => baseKey(k) === base && k !== base)
        .map((k) => k.slice(base.length + 1));
      expect(forms.sort(), base).toEqual(pluralForms('de'));
    }
  });

  it.each(['de.json', ...others])('%s says who translated it and whether a native speaker reviewed it', (file) => {
    const meta = readLocale(file)._meta as { translator?: unknown; reviewedByNativeSpeaker?: unknown } | undefined;
    expect(meta, `${file}: "_meta" fehlt`).toBeTypeOf('object');
    expect(typeof meta?.translator === 'string' && meta.translator.trim() !== '', `${file}: _meta.translator`).toBe(
      true,
    );
    expect(meta?.reviewedByNativeSpeaker, `${file}: _meta.reviewedByNativeSpeaker`).toBeTypeOf('boolean');
  });

  it.each(others)('%s has exactly the German keys, none empty, with the same placeholders', (file) => {
    const locale = load(file);
    const lang = file.replace(/\.json$/, '');
    const plurals = pluralBases(german.keys());
    const singular = (keys: Iterable<string>) => [...keys].filter((k) => !plurals.has(baseKey(k)));
    expect(singular(german.keys()).filter((key) => !locale.has(key))).toEqual([]);
    expect(singular(locale.keys()).filter((key) => !german.has(key))).toEqual([]);
    // Plurals: exactly the forms this language's plural rules ask for.
    for (const base of plurals) {
      const forms = [...locale.keys()]
        .filter((k) => baseKey(k) === base && k !== base)
        .map((k) => k.slice(base.length + 1));
      expect(forms.sort(), `${file}: ${base}`).toEqual(pluralForms(lang));
    }
    expect([...locale].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    // A plural form is compared with the German form of the same name, or with German `_other` for forms German
    // lacks; {{count}} may always be added (Russian and Ukrainian use their `one` form for 21, 31 … too).
    const germanFor = (key: string) => german.get(key) ?? german.get(`${baseKey(key)}_other`) ?? '';
    const without = (names: readonly (string | undefined)[], drop: boolean) =>
      (drop ? names.filter((n) => n !== 'count') : names).join();
    const differing = [...locale].filter(([key, text]) => {
      if (key.startsWith('_meta.')) return false;
      const plural = plurals.has(baseKey(key));
      return without(placeholders(germanFor(key)), plural) !== without(placeholders(text), plural);
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});
