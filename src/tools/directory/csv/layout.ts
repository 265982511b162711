import { LANGUAGE_CODES, type LanguageCode, type SourceDirectory, type Text } from '../../../domain/directory/schema';

/**
 * The columns of the CSV table (one row per service). Text fields get one column per content
 * language that occurs in the directory, plus de and en always; each location of the
 * organization gets a numbered group of columns (standort1_…, standort2_…), as many groups as
 * the organization with the most locations needs. Internally the columns keep the model's field
 * names; the sheet's header is German (germanColumn), and older sheets with the internal names
 * are read as well. See directory/CSV-UND-HSDS.md.
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

/** The columns staff edit most, first in the sheet (the town is the first location's). */
const FIRST_COLUMNS = [
  'service_id',
  'name_de',
  'summary_de',
  'description_de',
  'phones',
  'email',
  'standort1_city',
  'schedules',
];

const languageOf = (column: string): LanguageCode | undefined =>
  LANGUAGE_CODES.find((code) => column.endsWith(`_${code}`));

const isTranslation = (column: string) => (languageOf(column) ?? 'de') !== 'de';

/**
 * Every column in the sheet's order (internal names, see germanColumn for the header): the most
 * edited first, then the rest of the service, the organization and its locations, translations last.
 */
export function header(layout: Layout): string[] {
  const service = serviceColumns(layout);
  const organization = organizationColumns(layout);
  const rest = (columns: string[]) => columns.filter((c) => !FIRST_COLUMNS.includes(c) && !isTranslation(c));
  return [
    ...FIRST_COLUMNS,
    ...rest(service),
    ...rest(organization),
    ...service.filter(isTranslation),
    ...organization.filter(isTranslation),
  ];
}

/** German header names of the service's, the organization's and the locations' fields. */
const GERMAN_SERVICE: Record<string, string> = {
  service_id: 'angebot_kennung',
  name: 'angebot_name',
  summary: 'kurzbeschreibung',
  description: 'beschreibung',
  sector: 'bereich',
  topics: 'themen',
  lifeStages: 'lebensphasen',
  serviceArea: 'einzugsgebiet',
  role: 'zustaendige_stelle',
  free: 'kostenlos',
  anonymous: 'anonym',
  appointmentNeeded: 'termin_noetig',
  homeVisits: 'hausbesuche',
  barrierFree: 'barrierefrei',
  languages: 'sprachen',
  phones: 'telefon',
  email: 'e_mail',
  website: 'webseite',
  locationIds: 'standorte',
  schedules: 'oeffnungszeiten',
  eligibility: 'voraussetzungen',
  fees: 'kosten',
  keywords: 'suchwoerter',
  lastChecked: 'geprueft_am',
};
const GERMAN_ORGANIZATION: Record<string, string> = {
  id: 'kennung',
  name: 'name',
  description: 'beschreibung',
  website: 'webseite',
  email: 'e_mail',
  phones: 'telefon',
  sampleData: 'beispieldaten',
};
const GERMAN_LOCATION: Record<string, string> = {
  id: 'kennung',
  name: 'name',
  street: 'strasse',
  postalCode: 'plz',
  city: 'ort',
  municipality: 'gemeinde',
  lat: 'breitengrad',
  lon: 'laengengrad',
  accessibility: 'barrierefreiheit',
  transit: 'anfahrt',
};

/** A column name split into its group prefix, field and language suffix. */
function parts(name: string): { prefix: string; table: Record<string, string>; field: string; suffix: string } {
  const language = languageOf(name);
  const suffix = language ? `_${language}` : '';
  const stem = name.slice(0, name.length - suffix.length);
  const location = /^(standort\d{1,3}_)(.*)$/.exec(stem);
  if (location) return { prefix: location[1] ?? '', table: GERMAN_LOCATION, field: location[2] ?? '', suffix };
  if (stem.startsWith('organisation_'))
    return { prefix: 'organisation_', table: GERMAN_ORGANIZATION, field: stem.slice(13), suffix };
  return { prefix: '', table: GERMAN_SERVICE, field: stem, suffix };
}

/** The German header of an internal column name ("summary_en" → "kurzbeschreibung_en"). */
export function germanColumn(column: string): string {
  const { prefix, table, field, suffix } = parts(column);
  const german = table[field];
  return german === undefined ? column : `${prefix}${german}${suffix}`;
}

/** The internal name of a German header; undefined when it is not one. */
export function internalColumn(name: string): string | undefined {
  const { prefix, table, field, suffix } = parts(name);
  const internal = Object.keys(table).find((key) => table[key] === field);
  return internal === undefined ? undefined : `${prefix}${internal}${suffix}`;
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
