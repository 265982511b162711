/**
 * The first screen translates with a tiny lookup instead of i18next (kept off the critical path: loading
 * i18next before the first screen made the offline cold start slower, see README → Performance); German
 * stays with it, and i18next translates the other languages. The lookup must say exactly what i18next says: compared for every string of
 * every locale file, with every placeholder filled and every plural count that matters.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { miniTranslate, type MessageTree } from '../../../src/app/i18n/mini-translate';

const localesDir = join(import.meta.dirname, '../../../locales');
const locales = readdirSync(localesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    code: f.replace(/\.json$/, ''),
    messages: JSON.parse(readFileSync(join(localesDir, f), 'utf8')) as MessageTree,
  }));

const reference = i18next.createInstance();
await reference.init({
  lng: 'de',
  fallbackLng: false,
  resources: Object.fromEntries(locales.map((l) => [l.code, { translation: l.messages as Record<string, unknown> }])),
  interpolation: { escapeValue: false },
  returnNull: false,
});

function strings(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') return [[path, value]];
    return typeof value === 'object' && value !== null ? strings(value as MessageTree, path) : [];
  });
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

describe('miniTranslate matches i18next', () => {
  for (const { code, messages } of locales) {
    it(`for every string in ${code}.json`, async () => {
      const t = reference.getFixedT(code);
      let compared = 0;
      for (const [key, text] of strings(messages)) {
        if (key.startsWith('_meta')) continue;
        const base = key.replace(PLURAL, '');
        const names = [...text.matchAll(/\{\{-?\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
        const values = Object.fromEntries(names.map((name) => [name, `<${name} & "x">`]));
        const variants: Record<string, unknown>[] = [values, {}];
        if (base !== key) for (const count of [0, 1, 2, 5, 21, 1.5]) variants.push({ ...values, count });
        for (const options of variants) {
          const expected = t(base, options);
          const what = `${code}: ${base} ${JSON.stringify(options)}`;
          expect(miniTranslate(messages, code, base, options), what).toBe(expected);
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(50);
    });
  }

  const tree: MessageTree = {
    a: { b: 'Hallo {{name}}', nested: '{{- raw}} und {{ spaced }}', deep: 'Ort: {{place.city}}' },
    item_one: 'ein Eintrag',
    item_other: '{{count}} Einträge',
    item_zero: 'keine Einträge',
    plain: 'Nur Text',
  };
  const ref = i18next.createInstance();
  ref.init({
    lng: 'de',
    resources: { de: { translation: tree as Record<string, unknown> } },
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const cases: [string, Record<string, unknown>][] = [
    ['a.b', { name: 'Ayşe' }],
    ['a.b', {}],
    ['a.b', { name: '{{name}}' }],
    ['a.b', { name: 42 }],
    ['a.b', { name: null }],
    ['a.nested', { raw: '<b>', spaced: 'ok' }],
    ['a.deep', { place: { city: 'Unna' } }],
    ['item', { count: 0 }],
    ['item', { count: 1 }],
    ['item', { count: 7 }],
    ['item', {}],
    ['plain', { count: 3 }],
    ['missing.key', {}],
    ['a.b.c', {}],
  ];
  for (const [key, options] of cases) {
    it(`edge case ${key} ${JSON.stringify(options)}`, () => {
      expect(miniTranslate(tree, 'de', key, options)).toBe(ref.t(key, options));
    });
  }

  it('a key that names a group of strings comes back as the key (i18next returns a complaint)', () => {
    expect(miniTranslate(tree, 'de', 'a')).toBe('a');
  });
});
