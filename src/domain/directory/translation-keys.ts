import type { Organization, Text } from './schema';

/**
 * Every family-facing text of an organization file with its translation key, the key that
 * translation files (directory/translations/<lang>.po, `msgctxt`) use for it:
 * `<nearest record id>/<field path below it>`, array items without an id by index, e.g.
 * `familienbuero-x/name`, `familienbuero-x-buero/accessibility` (a location),
 * `beratung-y/schedules/0/closures/0/note`, `some-org/phones/1/label`.
 * A key stays the same when records are reordered or other records are added.
 */
export interface TextEntry {
  key: string;
  /** The text object itself (German and any translations); the same object as in the organization. */
  text: Text;
  /** What the field is, in plain German ("Angebot – Kurzbeschreibung"), for translators. */
  what: string;
}

const RECORD_KINDS: Record<string, string> = { locations: 'Standort', services: 'Angebot' };

const FIELD_NAMES: Record<string, string> = {
  name: 'Name',
  summary: 'Kurzbeschreibung',
  description: 'Beschreibung',
  eligibility: 'Voraussetzungen',
  fees: 'Kosten',
  accessibility: 'Barrierefreiheit',
  transit: 'Anfahrt',
  'phones/label': 'Telefon – Beschriftung',
  'schedules/note': 'Öffnungszeiten – Hinweis',
  'closures/note': 'Schließzeit – Hinweis',
};

function isText(value: unknown): value is Text {
  return typeof value === 'object' && value !== null && typeof (value as { de?: unknown }).de === 'string';
}

function hasId(value: unknown): value is { id: string } {
  return typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
}

function describe(kind: string, path: readonly string[]): string {
  const names = path.filter((part) => !/^\d+$/.test(part));
  const last = names.slice(-2).join('/');
  const field = FIELD_NAMES[last] ?? FIELD_NAMES[names[names.length - 1] ?? ''] ?? names.join('.');
  return `${kind} – ${field}`;
}

function walk(node: unknown, anchor: string, kind: string, path: string[], out: TextEntry[]): void {
  if (isText(node)) {
    out.push({ key: `${anchor}/${path.join('/')}`, text: node, what: describe(kind, path) });
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  for (const [field, value] of Object.entries(node)) {
    if (!Array.isArray(value)) {
      walk(value, anchor, kind, [...path, field], out);
      continue;
    }
    value.forEach((item: unknown, index) => {
      if (hasId(item)) walk(item, item.id, RECORD_KINDS[field] ?? kind, [], out);
      else walk(item, anchor, kind, [...path, field, String(index)], out);
    });
  }
}

/** The organization's texts in file order, each with its key. */
export function organizationTextEntries(organization: Organization): TextEntry[] {
  const out: TextEntry[] = [];
  walk(organization, organization.id, 'Organisation', [], out);
  return out;
}
