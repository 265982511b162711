import * as v from 'valibot';

/**
 * German wording for validation problems. The editorial team reads these messages in the
 * command line and the phone's sync logs them, so they must be plain sentences, never
 * valibot's English defaults.
 */

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'Zahl',
  boolean: 'true oder false',
  array: 'Liste',
  object: 'Objekt (Felder mit Doppelpunkt)',
  strict_object: 'Objekt (Felder mit Doppelpunkt)',
  literal: 'fester Wert',
};

/** A short, safe description of a received value (never the whole of a long string). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nichts';
  // YAML reads "name:" with nothing after it as null; an editor sees an empty field.
  if (value === null) return 'ein leeres Feld (nach dem Doppelpunkt steht nichts)';
  if (Array.isArray(value)) return 'eine Liste';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `Text „${shown}“`;
  }
  if (typeof value === 'number') return `Zahl ${value}`;
  if (typeof value === 'boolean') return `${String(value)} (ja/nein)`;
  if (typeof value === 'object') return 'eingerückte Unterfelder';
  return typeof value;
}

/** Quotes a list of allowed values, shortened if it is long. */
export function allowedList(values: readonly string[], max = 25): string {
  const shown = values.slice(0, max).join(', ');
  return values.length > max ? `${shown} … (${values.length} Werte)` : shown;
}

/**
 * Fallback message for every issue that has no message of its own; passed as `message`
 * in the parse config so the module never changes valibot's global state.
 */
export function germanFallback(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema') {
    const expected = TYPE_NAMES[issue.type] ?? issue.type;
    return `Erwartet: ${expected}, gefunden: ${describeValue(issue.input)}`;
  }
  return `Ungültiger Wert (${issue.type}): ${describeValue(issue.input)}`;
}

/** Closest allowed key ignoring case, to suggest a fix for typos such as `lifestages`. */
function suggestKey(key: string, keys: readonly string[]): string | undefined {
  const lower = key.toLowerCase().replace(/[-_\s]/g, '');
  return keys.find((k) => k.toLowerCase() === lower);
}

/**
 * A strict object whose problems are worded in German: unknown fields (typos) name the allowed
 * fields and suggest the likely one, missing required fields are named.
 */
export function strictObject<const TEntries extends v.ObjectEntries>(entries: TEntries, what: string) {
  const keys = Object.keys(entries);
  return v.strictObject(entries, (issue) => {
    const key = issue.path?.[issue.path.length - 1]?.key;
    if (issue.expected === 'never' && typeof key === 'string') {
      const hint = suggestKey(key, keys);
      return hint
        ? `Unbekanntes Feld „${key}“ – gemeint ist wohl „${hint}“`
        : `Unbekanntes Feld „${key}“ in ${what} – erlaubt sind: ${allowedList(keys)}`;
    }
    if (typeof key === 'string' && issue.received === 'undefined') {
      return `Pflichtfeld „${key}“ fehlt in ${what}`;
    }
    return `Falscher Aufbau bei ${what}: erwartet Felder wie „${keys[0] ?? ''}: …“, gefunden: ${describeValue(issue.input)}`;
  });
}

/**
 * A picklist with a German message that names the allowed values.
 * `unknown` is the full phrase with the right German article ending, e.g. "Unbekanntes Thema".
 */
export function picklist<const T extends readonly string[]>(options: T, unknown: string) {
  return v.picklist(options, (issue) =>
    typeof issue.input === 'string'
      ? `${unknown} „${issue.input}“ – erlaubt sind: ${allowedList(options)}`
      : `Ungültiger Wert (${describeValue(issue.input)}) – erlaubt sind: ${allowedList(options)}`,
  );
}

/**
 * A list with an upper bound (hostile or broken input must not grow without limit). The length is
 * checked before the items, so a huge list is refused without validating every entry.
 */
export function list<const TItem extends v.GenericSchema>(item: TItem, max: number, what: string) {
  return v.pipe(
    v.unknown(),
    v.check((input) => !Array.isArray(input) || input.length <= max, `Zu viele ${what}: höchstens ${max} erlaubt`),
    v.array(item, (issue) => `Erwartet: Liste von ${what}, gefunden: ${describeValue(issue.input)}`),
  );
}

/** Values in a list must not repeat (e.g. the same topic twice). */
export function uniqueItems<T>(what: string) {
  return v.check<T[], string>(
    (items) => new Set(items.map((x) => JSON.stringify(x))).size === items.length,
    `${what} doppelt aufgeführt`,
  );
}
