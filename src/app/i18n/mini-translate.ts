/**
 * A tiny stand-in for i18next's `t()` over one bundled message tree, so the first screen can render
 * without downloading i18next (about 14 KB gzip, half the first-screen budget). It does only what
 * the app's locale files use, the same way i18next does it:
 *   - nested keys with `.` ("home.title"),
 *   - plurals through Intl.PluralRules: with a numeric `count`, `key_zero` (count 0) → `key_<category>` → `key`,
 *   - `{{name}}` / `{{- name}}` interpolation (no escaping: Preact escapes text itself), a missing value
 *     left as written (i18next's skipOnVariables), inserted values never interpolated again.
 * tests/unit/i18n/translators.test.ts checks it against i18next for every German string.
 * No DOM here, so it runs in unit tests as it is.
 */
export type MessageTree = { readonly [key: string]: unknown };
export type TranslateValues = Record<string, unknown>;

function lookup(messages: MessageTree, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as MessageTree)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function valueAt(values: TranslateValues, path: string): unknown {
  if (Object.hasOwn(values, path)) return values[path];
  let node: unknown = values;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const PLACEHOLDER = /\{\{(-?)\s*([^{}]+?)\s*\}\}/g;

/** Fills `{{name}}` placeholders as i18next does with escaping off (see above). */
function interpolate(text: string, values: TranslateValues): string {
  return text.replace(PLACEHOLDER, (whole, _unescaped: string, name: string) => {
    const value = valueAt(values, name.replace(/^-\s*/, '').trim());
    return value === undefined ? whole : value === null ? '' : String(value as string);
  });
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

/** Translates `key` from `messages` (in `language`); an unknown key comes back as the key, as in i18next. */
export function miniTranslate(
  messages: MessageTree,
  language: string,
  key: string,
  values: TranslateValues = {},
): string {
  const count = values.count;
  let text: string | undefined;
  if (typeof count === 'number') {
    if (count === 0) text = lookup(messages, `${key}_zero`);
    text ??= lookup(messages, `${key}_${pluralCategory(language, count)}`);
  }
  text ??= lookup(messages, key);
  return text === undefined ? key : interpolate(text, values);
}
