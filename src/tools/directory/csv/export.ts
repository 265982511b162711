import type { Location, Organization, Service, ServiceArea, SourceDirectory } from '../../../domain/directory/schema';
import { CellError, writeList, writePhones, writeYesNo } from './cells';
import { writeCsv } from './format';
import { guardFormula } from './header-help';
import {
  FLAG_COLUMNS,
  germanColumn,
  header,
  layoutOf,
  locationColumn,
  orgColumn,
  textCells,
  textColumn,
  type Layout,
} from './layout';
import { writeSchedules } from './schedule';

/** The directory as the staff's spreadsheet: one row per service (pure; the command writes the file). */

export class CsvExportError extends Error {}

function writeServiceArea(area: ServiceArea): string {
  return area.scope === 'municipality' ? writeList(area.municipalities, 'Gemeinde') : area.scope;
}

function organizationCells(org: Organization, layout: Layout): Map<string, string> {
  const cells = new Map<string, string>([[orgColumn('id'), org.id]]);
  for (const [k, v] of textCells(orgColumn('name'), org.name, layout)) cells.set(k, v);
  for (const [k, v] of textCells(orgColumn('description'), org.description, layout)) cells.set(k, v);
  cells.set(orgColumn('website'), org.website ?? '');
  cells.set(orgColumn('email'), org.email ?? '');
  cells.set(orgColumn('phones'), writePhones(org.phones));
  cells.set(orgColumn('sampleData'), writeYesNo(org.sampleData));
  org.locations.forEach((location, i) => locationCells(location, i + 1, layout, cells));
  return cells;
}

function locationCells(location: Location, slot: number, layout: Layout, cells: Map<string, string>): void {
  const col = (field: string) => locationColumn(slot, field);
  cells.set(col('id'), location.id);
  for (const [k, v] of textCells(col('name'), location.name, layout)) cells.set(k, v);
  cells.set(col('street'), location.address.street);
  cells.set(col('postalCode'), location.address.postalCode);
  cells.set(col('city'), location.address.city);
  cells.set(col('municipality'), location.address.municipality ?? '');
  cells.set(col('lat'), location.geo ? String(location.geo.lat) : '');
  cells.set(col('lon'), location.geo ? String(location.geo.lon) : '');
  for (const [k, v] of textCells(col('accessibility'), location.accessibility, layout)) cells.set(k, v);
  for (const [k, v] of textCells(col('transit'), location.transit, layout)) cells.set(k, v);
}

function serviceCells(service: Service, layout: Layout): Map<string, string> {
  const cells = new Map<string, string>([['service_id', service.id]]);
  for (const field of ['name', 'summary', 'description', 'eligibility', 'fees'] as const) {
    for (const [k, v] of textCells(field, service[field], layout)) cells.set(k, v);
  }
  cells.set('sector', service.sector);
  cells.set('topics', writeList(service.topics, 'Thema'));
  cells.set('lifeStages', writeList(service.lifeStages, 'Lebensphase'));
  cells.set('serviceArea', writeServiceArea(service.serviceArea));
  cells.set('role', service.role ?? '');
  for (const flag of FLAG_COLUMNS) cells.set(flag, writeYesNo(service.flags[flag]));
  cells.set('languages', writeList(service.languages, 'Sprache'));
  cells.set('phones', writePhones(service.phones));
  cells.set('email', service.email ?? '');
  cells.set('website', service.website ?? '');
  cells.set('locationIds', writeList(service.locationIds, 'Standort'));
  cells.set('schedules', writeSchedules(service.schedules));
  for (const language of layout.languages) {
    cells.set(textColumn('keywords', language), writeList(service.keywords?.[language] ?? [], 'Suchwort'));
  }
  cells.set('lastChecked', service.lastChecked);
  return cells;
}

/** All rows, header first. Throws CsvExportError naming the record when a value cannot be written. */
function directoryToRecords(directory: SourceDirectory): string[][] {
  const layout = layoutOf(directory);
  const columns = header(layout);
  const records: string[][] = [columns.map(germanColumn)];
  for (const org of directory.organizations) {
    const orgCells = withRecord(org.id, () => organizationCells(org, layout));
    for (const service of org.services) {
      const cells = withRecord(service.id, () => serviceCells(service, layout));
      records.push(columns.map((column) => guardFormula(cells.get(column) ?? orgCells.get(column) ?? '')));
    }
  }
  return records;
}

function withRecord<T>(id: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof CellError) throw new CsvExportError(`Eintrag „${id}“: ${error.message}`);
    throw error;
  }
}

export function directoryToCsv(directory: SourceDirectory): string {
  return writeCsv(directoryToRecords(directory));
}
