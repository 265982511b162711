import {
  ROLES,
  type Location,
  type Text,
  type Organization,
  type Service,
  type ServiceArea,
} from '../../../domain/directory/schema';
import {
  LIFE_STAGE_CODES,
  MUNICIPALITY_CODES,
  SECTOR_CODES,
  TOPIC_CODES,
} from '../../../domain/directory/taxonomy-codes';
import { CellError, readCodes, readList, readPhones, readYesNo } from './cells';
import {
  FLAG_COLUMNS,
  germanColumn,
  header,
  internalColumn,
  layoutFromHeader,
  locationColumn,
  organizationColumns,
  orgColumn,
  textColumn,
  type Layout,
} from './layout';
import { closest, excelColumn, unguardFormula } from './header-help';
import { readSchedules } from './schedule';

/**
 * The staff's spreadsheet back into organizations (pure). Every cell problem is collected as
 * "Zeile 14, Spalte topics: …" (Zeile as Excel counts: the header is row 1). Rows of the same
 * organization must agree on all organization and location columns.
 */

export interface CsvProblem {
  row: number;
  column?: string;
  message: string;
}

export function formatProblem(p: CsvProblem): string {
  return p.column ? `Zeile ${p.row}, Spalte ${p.column}: ${p.message}` : `Zeile ${p.row}: ${p.message}`;
}

export interface ImportedTable {
  organizations: Organization[];
  problems: CsvProblem[];
  /** Row of each service and the first row of each organization, for later schema messages. */
  serviceRows: Map<string, number>;
  organizationRows: Map<string, number>;
  /** Content languages the sheet has columns for (other languages of a text are left as they are). */
  languages: string[];
  /** A sheet with the older English or mixed column names (read all the same). */
  oldHeader: boolean;
  /** A column's name as the sheet writes it (for messages). */
  columnName: (column: string) => string;
}

type Row = { get(column: string): string; number: number };

/** Reads one cell with a reader; a CellError becomes a problem and the fallback is used. */
function cellReader(row: Row, problems: CsvProblem[]) {
  return <T>(column: string, read: (cell: string) => T, fallback: T): T => {
    try {
      return read(row.get(column));
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ row: row.number, column, message: error.message });
      return fallback;
    }
  };
}

function readDate(cell: string): string {
  const value = cell.trim();
  // Excel turns 2025-03-31 into 31.03.2025 when the file is saved again; both are accepted.
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  if (german) return `${german[3]}-${(german[2] ?? '').padStart(2, '0')}-${(german[1] ?? '').padStart(2, '0')}`;
  return value;
}

function readNumber(cell: string): number | undefined {
  const value = cell.trim().replace(',', '.');
  if (value === '') return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new CellError(`„${cell}“ ist keine Zahl (z. B. 51.536)`);
  return n;
}

function readServiceArea(cell: string): ServiceArea {
  const value = cell.trim();
  if (value === 'kreis' || value === 'national') return { scope: value };
  if (value === '') throw new CellError('Einzugsgebiet fehlt: „kreis“, „national“ oder Gemeinden wie „unna|kamen“');
  return {
    scope: 'municipality',
    municipalities: readCodes(value, MUNICIPALITY_CODES, 'Unbekannte Gemeinde (oder kreis/national)'),
  };
}

/** base_de, base_en … → a Text; undefined when every language column is empty. */
function readText(row: Row, base: string, layout: Layout): Text | undefined {
  const text: Partial<Text> = {};
  for (const language of layout.languages) {
    const value = row.get(textColumn(base, language)).trim();
    if (value !== '') text[language] = value;
  }
  if (Object.keys(text).length === 0) return undefined;
  if (text.de === undefined)
    throw new CellError('Der deutsche Text fehlt, aber es gibt Übersetzungen – Deutsch ist die Quelle');
  return text as Text;
}

const optional = <K extends string, T>(key: K, value: T | undefined) =>
  (value === undefined || value === '' ? {} : { [key]: value }) as Partial<Record<K, T>>;

function readLocation(row: Row, slot: number, layout: Layout, problems: CsvProblem[]): Location | undefined {
  const col = (field: string) => locationColumn(slot, field);
  const id = row.get(col('id')).trim();
  if (id === '') return undefined;
  const read = cellReader(row, problems);
  const text = (field: string) =>
    read(textColumn(col(field), 'de'), () => readText(row, col(field), layout), undefined);
  const lat = read(col('lat'), readNumber, undefined);
  const lon = read(col('lon'), readNumber, undefined);
  if ((lat === undefined) !== (lon === undefined)) {
    problems.push({
      row: row.number,
      column: col(lat === undefined ? 'lat' : 'lon'),
      message: 'lat und lon nur zusammen angeben',
    });
  }
  return {
    id,
    ...optional('name', text('name')),
    address: {
      street: row.get(col('street')).trim(),
      postalCode: row.get(col('postalCode')).trim(),
      city: row.get(col('city')).trim(),
      ...optional(
        'municipality',
        read(col('municipality'), (c) => readCodes(c, MUNICIPALITY_CODES, 'Unbekannte Gemeinde')[0], undefined),
      ),
    },
    ...(lat !== undefined && lon !== undefined ? { geo: { lat, lon } } : {}),
    ...optional('accessibility', text('accessibility')),
    ...optional('transit', text('transit')),
  };
}

function readOrganization(row: Row, layout: Layout, problems: CsvProblem[]): Organization {
  const read = cellReader(row, problems);
  const text = (field: string) =>
    read(textColumn(orgColumn(field), 'de'), () => readText(row, orgColumn(field), layout), undefined);
  const locations: Location[] = [];
  for (let slot = 1; slot <= layout.locationSlots; slot++) {
    const location = readLocation(row, slot, layout, problems);
    if (location) locations.push(location);
  }
  const sampleData = read(orgColumn('sampleData'), readYesNo, undefined);
  if (sampleData === undefined) {
    problems.push({
      row: row.number,
      column: orgColumn('sampleData'),
      message: 'erwartet „ja“ (Beispieldaten) oder „nein“',
    });
  }
  return {
    id: row.get(orgColumn('id')).trim(),
    name: text('name') ?? { de: '' },
    ...optional('description', text('description')),
    ...optional('website', row.get(orgColumn('website')).trim()),
    ...optional('email', row.get(orgColumn('email')).trim()),
    phones: read(orgColumn('phones'), readPhones, []),
    sampleData: sampleData ?? true,
    locations,
    services: [],
  };
}

function readService(row: Row, layout: Layout, problems: CsvProblem[]): Service {
  const read = cellReader(row, problems);
  const text = (field: string) => read(textColumn(field, 'de'), () => readText(row, field, layout), undefined);
  const flags: Service['flags'] = {};
  for (const flag of FLAG_COLUMNS) {
    const value = read(flag, readYesNo, undefined);
    if (value !== undefined) flags[flag] = value;
  }
  const keywords: NonNullable<Service['keywords']> = {};
  for (const language of layout.languages) {
    const words = readList(row.get(textColumn('keywords', language)));
    if (words.length > 0) keywords[language] = words;
  }
  const role = read(
    'role',
    (c) => (c.trim() === '' ? undefined : readCodes(c, ROLES, 'Unbekannte Rolle')[0]),
    undefined,
  );
  return {
    id: row.get('service_id').trim(),
    name: text('name') ?? { de: '' },
    summary: text('summary') ?? { de: '' },
    description: text('description') ?? { de: '' },
    sector: read('sector', (c) => readCodes(c, SECTOR_CODES, 'Unbekannter Bereich')[0] ?? '', ''),
    topics: read('topics', (c) => readCodes(c, TOPIC_CODES, 'Unbekanntes Thema'), []),
    lifeStages: read('lifeStages', (c) => readCodes(c, LIFE_STAGE_CODES, 'Unbekannte Lebensphase'), []),
    serviceArea: read('serviceArea', readServiceArea, { scope: 'kreis' }),
    ...optional('role', role as Service['role']),
    flags,
    languages: readList(row.get('languages')),
    phones: read('phones', readPhones, []),
    ...optional('email', row.get('email').trim()),
    ...optional('website', row.get('website').trim()),
    locationIds: readList(row.get('locationIds')),
    schedules: read('schedules', readSchedules, []),
    ...optional('eligibility', text('eligibility')),
    ...optional('fees', text('fees')),
    ...(Object.keys(keywords).length > 0 ? { keywords } : {}),
    lastChecked: readDate(row.get('lastChecked')),
  };
}

const REQUIRED = ['organisation_id', 'organisation_name_de', 'service_id', 'name_de', 'summary_de', 'description_de'];

/** Turns parsed CSV records (header first) into organizations; `lines` are Excel row numbers. */
export function recordsToOrganizations(records: readonly string[][]): ImportedTable {
  const problems: CsvProblem[] = [];
  const serviceRows = new Map<string, number>();
  const organizationRows = new Map<string, number>();
  const sheetNames = (records[0] ?? []).map((n) => n.trim());
  // Excel keeps empty columns at the right edge (";;;"): they are ignored.
  while (sheetNames.length > 0 && sheetNames[sheetNames.length - 1] === '') sheetNames.pop();
  // German headers (export-csv) and the older English or mixed ones are both read.
  const names = sheetNames.map((name) => internalColumn(name) ?? name);
  const { layout, unknown } = layoutFromHeader(names);
  const known = header(layout);
  const knownSet = new Set(known);
  const shown = new Map(names.map((name, i) => [name, sheetNames[i] ?? name]));
  const columnName = (column: string) => shown.get(column) ?? germanColumn(column);
  const oldHeader = sheetNames.some((name) => knownSet.has(name) && germanColumn(name) !== name);
  const result = (organizations: Organization[], languages: string[]): ImportedTable => ({
    organizations,
    problems: problems.map((p) =>
      p.column && p.row === 1 ? p : { ...p, ...(p.column ? { column: columnName(p.column) } : {}) },
    ),
    serviceRows,
    organizationRows,
    languages,
    oldHeader,
    columnName,
  });
  for (const name of unknown) {
    if (name === '') {
      const at = names.indexOf('') + 1;
      problems.push({
        row: 1,
        column: `Nr. ${at} (${excelColumn(at)})`,
        message: 'Spalte ohne Namen in der Kopfzeile – Namen eintragen oder die leere Spalte löschen',
      });
      continue;
    }
    const meant = closest(name, oldHeader ? known : known.map(germanColumn));
    problems.push({
      row: 1,
      column: name,
      message: meant
        ? `Unbekannte Spalte – gemeint ist wohl „${meant}“`
        : 'Unbekannte Spalte – Schreibweise prüfen (siehe CSV-UND-HSDS.md)',
    });
  }
  names.forEach((name, i) => {
    if (names.indexOf(name) !== i)
      problems.push({ row: 1, column: sheetNames[i] ?? name, message: 'Spalte kommt doppelt vor' });
  });
  for (const name of REQUIRED) {
    if (!names.includes(name)) problems.push({ row: 1, column: germanColumn(name), message: 'Pflichtspalte fehlt' });
  }
  if (problems.length > 0) return result([], []);

  const index = new Map(names.map((name, i) => [name, i]));
  const orgColumns = organizationColumns(layout).filter((c) => index.has(c));
  const organizations = new Map<string, { org: Organization; row: number; cells: string[] }>();
  records.slice(1).forEach((record, i) => {
    if (record.every((cell) => cell.trim() === '')) return; // empty rows Excel leaves at the end
    const row: Row = { number: i + 2, get: (column) => unguardFormula(record[index.get(column) ?? -1] ?? '') };
    if (record.length > names.length && record.slice(names.length).some((c) => c.trim() !== '')) {
      problems.push({
        row: row.number,
        message: `mehr Felder (${record.length}) als Spalten in der Kopfzeile (${names.length})`,
      });
    }
    const orgId = row.get('organisation_id').trim();
    const cells = orgColumns.map((c) => row.get(c));
    const known = organizations.get(orgId);
    if (known) {
      orgColumns.forEach((column, c) => {
        if (cells[c] !== known.cells[c]) {
          problems.push({
            row: row.number,
            column,
            message: `weicht von Zeile ${known.row} ab („${cells[c]}“ statt „${known.cells[c]}“) – alle Zeilen einer Organisation brauchen dieselben Organisations- und Standortangaben`,
          });
        }
      });
    } else {
      organizations.set(orgId, { org: readOrganization(row, layout, problems), row: row.number, cells });
      organizationRows.set(orgId, row.number);
    }
    const service = readService(row, layout, problems);
    serviceRows.set(service.id, row.number);
    organizations.get(orgId)?.org.services.push(service);
  });
  return result(
    [...organizations.values()].map((o) => o.org),
    // Only languages with columns of their own (the layout adds English even without any).
    layout.languages.filter((lang) => lang === 'de' || names.some((name) => name.endsWith(`_${lang}`))),
  );
}
