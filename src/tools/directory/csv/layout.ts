import { LANGUAGE_CODES, type LanguageCode, type SourceDirectory, type Text } from '../../../domain/directory/schema';

/**
 * The columns of the CSV table (one row per service). Text fields get one column per content
 * language that occurs in the directory, plus de and en always; each location of the
 * organization gets a numbered group of columns (standort1_…, standort2_…), as many groups as
 * the organization with the most locations needs. See directory/CSV-UND-HSDS.md.
 */

export interface Layout {
  languages: LanguageCode[];
  locationSlots: number;
}

const ORG_TEXTS = ['name', 'description'] as const;
const ORG_PLAIN = ['website', 'email', 'phones', 'sampleData'] as const;
const LOCATION_TEXTS = ['name', 'accessibility', 'transit'] as const;
const LOCATION_PLAIN = ['id', 'street', 'postalCode', 'city', 'municipality', 'lat', 'lon'] as const;
export const FLAG_COLUMNS = ['free', 'anonymous', 'appointmentNeeded', 'homeVisits', 'barrierFree'] as const;
const SERVICE_TEXTS_BEFORE = ['name', 'summary', 'description'] as const;
const SERVICE_CODES = ['sector', 'topics', 'lifeStages', 'serviceArea', 'role'] as const;
const SERVICE_PLAIN = ['languages', 'phones', 'email', 'website', 'locationIds', 'schedules'] as const;
const SERVICE_TEXTS_AFTER = ['eligibility', 'fees', 'keywords'] as const;

export const orgColumn = (field: string) => `organisation_${field}`;
export const locationColumn = (slot: number, field: string) => `standort${slot}_${field}`;
export const textColumn = (base: string, language: LanguageCode) => `${base}_${language}`;

function texts(base: string, languages: readonly LanguageCode[]): string[] {
  return languages.map((language) => textColumn(base, language));
}

/** Columns of one organization and its locations (they must agree on every row of the organization). */
export function organizationColumns(layout: Layout): string[] {
  const columns = [orgColumn('id')];
  for (const field of ORG_TEXTS) columns.push(...texts(orgColumn(field), layout.languages));
  columns.push(...ORG_PLAIN.map(orgColumn));
  for (let slot = 1; slot <= layout.locationSlots; slot++) {
    columns.push(locationColumn(slot, 'id'));
    columns.push(...texts(locationColumn(slot, 'name'), layout.languages));
    columns.push(...LOCATION_PLAIN.slice(1).map((field) => locationColumn(slot, field)));
    for (const field of LOCATION_TEXTS.slice(1)) columns.push(...texts(locationColumn(slot, field), layout.languages));
  }
  return columns;
}

function serviceColumns(layout: Layout): string[] {
  const columns = ['service_id'];
  for (const field of SERVICE_TEXTS_BEFORE) columns.push(...texts(field, layout.languages));
  columns.push(...SERVICE_CODES, ...FLAG_COLUMNS, ...SERVICE_PLAIN);
  for (const field of SERVICE_TEXTS_AFTER) columns.push(...texts(field, layout.languages));
  columns.push('lastChecked');
  return columns;
}

export function header(layout: Layout): string[] {
  return [...organizationColumns(layout), ...serviceColumns(layout)];
}

/** de, en and every content language that occurs anywhere in the directory, in the schema's order. */
export function layoutOf(directory: SourceDirectory): Layout {
  const used = new Set<string>(['de', 'en']);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      // Texts and keywords are the objects keyed by language codes.
      for (const [key, value] of Object.entries(record)) {
        if (
          (LANGUAGE_CODES as readonly string[]).includes(key) &&
          (typeof value === 'string' || Array.isArray(value))
        ) {
          used.add(key);
        } else visit(value);
      }
    }
  };
  visit(directory.organizations);
  const languages = LANGUAGE_CODES.filter((code) => used.has(code));
  const locationSlots = Math.max(1, ...directory.organizations.map((o) => o.locations.length));
  return { languages, locationSlots };
}

/** Finds the layout a header describes; unknown columns are returned for a German error. */
export function layoutFromHeader(names: readonly string[]): { layout: Layout; unknown: string[] } {
  const languages = new Set<LanguageCode>(['de', 'en']);
  let locationSlots = 1;
  for (const name of names) {
    const lang = LANGUAGE_CODES.find((code) => name.endsWith(`_${code}`));
    if (lang) languages.add(lang);
    const slot = /^standort(\d{1,3})_/.exec(name);
    if (slot) locationSlots = Math.max(locationSlots, Number(slot[1]));
  }
  const layout = { languages: LANGUAGE_CODES.filter((c) => languages.has(c)), locationSlots };
  const known = new Set(header(layout));
  return { layout, unknown: names.filter((name) => !known.has(name)) };
}

export function textCells(base: string, text: Text | undefined, layout: Layout): [string, string][] {
  return layout.languages.map((language) => [textColumn(base, language), text?.[language] ?? '']);
}

/**
 * Maps a validation path (organizations[2].services[1].phones[0].number) to the column that holds
 * the value, so schema errors after import still name a column.
 */
export function columnForPath(path: string): { service: boolean; column: string } {
  const service = /^organizations\[\d+\]\.services\[\d+\]\.?(.*)$/.exec(path);
  if (service) {
    const rest = service[1] ?? '';
    const [first = '', second = ''] = rest.split(/[.[\]]+/);
    if (first === 'id') return { service: true, column: 'service_id' };
    if (first === 'flags' && second !== '') return { service: true, column: second };
    if ((LANGUAGE_CODES as readonly string[]).includes(second)) return { service: true, column: `${first}_${second}` };
    return { service: true, column: first };
  }
  const org = /^organizations\[\d+\]\.?(.*)$/.exec(path);
  const rest = org?.[1] ?? '';
  const location = /^locations\[(\d+)\]\.?(?:address\.|geo\.)?([A-Za-z]*)\.?([a-z-]*)/.exec(rest);
  if (location) {
    const slot = Number(location[1]) + 1;
    const field = location[2] || 'id';
    return { service: false, column: locationColumn(slot, location[3] ? `${field}_${location[3]}` : field) };
  }
  const [first = 'id', second = ''] = rest.split(/[.[\]]+/);
  const isLang = (LANGUAGE_CODES as readonly string[]).includes(second);
  return { service: false, column: orgColumn(isLang ? `${first}_${second}` : first) };
}
