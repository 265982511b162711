/**
 * Finds the services, organizations and locations in the JSON files of an HSDS 3.1 export,
 * whatever shape they come in: single objects (service_full.json), paginated lists
 * ({ contents: [...] }), plain arrays (our organizations.json), organizations with nested
 * services (organization_full.json), or service_at_location objects. The same record may
 * appear in several files; the most complete copy wins.
 */

export type Json = Record<string, unknown>;
export interface HsdsFile {
  name: string;
  data: unknown;
}

export interface Collected {
  services: Map<string, Json>;
  organizations: Map<string, Json>;
  locations: Map<string, Json>;
  /** German notes about files or objects that were not used. */
  notes: string[];
}

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
export const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
export const list = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

/** Keeps the richer of two copies of the same record. */
function put(map: Map<string, Json>, item: Json): void {
  const id = str(item.id);
  if (!id) return;
  const known = map.get(id);
  if (!known || JSON.stringify(item).length > JSON.stringify(known).length) map.set(id, item);
}

export function collect(files: readonly HsdsFile[]): Collected {
  const found: Collected = { services: new Map(), organizations: new Map(), locations: new Map(), notes: [] };
  const skipped = new Map<string, string>();

  const visit = (item: unknown, file: string): void => {
    if (Array.isArray(item)) return item.forEach((i) => visit(i, file));
    if (!isObject(item)) return;
    if (Array.isArray(item.contents)) return visit(item.contents, file);
    if (Object.keys(item).some((k) => k.endsWith('.csv'))) {
      skipped.set(
        file,
        'Tabellenform (eine Liste je Tabelle) wird nicht gelesen – bitte die JSON-Objekte (z. B. service_full.json) verwenden',
      );
      return;
    }
    if ('openapi_url' in item || 'hsds_version' in item) {
      skipped.set(file, 'Angaben zur Schnittstelle/Übersicht, keine Daten');
      return;
    }
    if (isObject(item.service) && isObject(item.location)) {
      // A service_at_location object: the service, with this location attached.
      const service = { ...item.service };
      const sal = { ...item, service: undefined };
      const known = list(service.service_at_locations);
      if (!known.some((s) => s.id === item.id)) service.service_at_locations = [...known, sal];
      return visit(service, file);
    }
    if ('location_type' in item || 'addresses' in item) {
      put(found.locations, item);
      return;
    }
    if ('status' in item || 'service_at_locations' in item || isObject(item.organization)) {
      put(found.services, item);
      if (isObject(item.organization)) put(found.organizations, item.organization);
      return;
    }
    if ('taxonomy' in item || 'taxonomy_detail' in item || 'term_uri' in item || ('version' in item && 'uri' in item)) {
      skipped.set(file, 'Begriffe einer Taxonomie – werden über die Attribute der Angebote gelesen');
      return;
    }
    if (
      'services' in item ||
      'legal_status' in item ||
      'locations' in item ||
      'organization_identifiers' in item ||
      'website' in item
    ) {
      put(found.organizations, item);
      for (const service of list(item.services)) {
        visit({ ...service, organization_id: service.organization_id ?? item.id }, file);
      }
      for (const location of list(item.locations)) put(found.locations, { ...location, organization_id: item.id });
      return;
    }
    skipped.set(file, 'kein Dienst, keine Organisation und kein Standort erkannt');
  };

  for (const file of files) visit(file.data, file.name);
  for (const [file, why] of skipped) found.notes.push(`Datei ${file} übersprungen: ${why}`);
  return found;
}
