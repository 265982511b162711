import * as v from 'valibot';
import type { Issue } from '../../domain/directory/issues';
import { list, strictObject } from '../../domain/directory/messages';
import type { Location, Organization } from '../../domain/directory/schema';
import { MunicipalitySchema } from '../../domain/directory/taxonomy-codes';
import taxonomy from '../../domain/taxonomy.json';
import { spelledOutLower } from './german-letters';

/**
 * Address consistency against region.yaml, the editorial team's own list of each town's postcodes,
 * accepted place names and a rectangle around it (south/north latitude, west/east longitude). A
 * rectangle is coarse – neighbouring towns' rectangles overlap – but it catches swapped or mistyped
 * coordinates and a point in the wrong town. The municipality code decides in which town's results
 * a place appears, so postcode, place name and coordinates must agree with it.
 */

export const REGION_FILE = 'region.yaml';

const coordinate = (what: string) => v.number(`${what}: erwartet eine Zahl`);

const TownSchema = strictObject(
  {
    postalCodes: v.pipe(
      list(
        v.pipe(
          v.string('Postleitzahl: erwartet Text in Anführungszeichen, z. B. "59423"'),
          v.regex(/^\d{5}$/, 'Postleitzahl: genau 5 Ziffern'),
        ),
        200,
        'Postleitzahlen',
      ),
      v.nonEmpty('Mindestens eine Postleitzahl angeben'),
    ),
    places: v.optional(list(v.string('Ortsname: erwartet Text'), 50, 'Ortsnamen')),
    box: strictObject(
      { south: coordinate('south'), north: coordinate('north'), west: coordinate('west'), east: coordinate('east') },
      'dem Rahmen (box: south, north, west, east)',
    ),
  },
  'einer Gemeinde (postalCodes, places, box)',
);

export const RegionSchema = strictObject(
  {
    municipalities: v.record(
      MunicipalitySchema,
      TownSchema,
      'municipalities: erwartet je Gemeinde-Kennung einen Abschnitt',
    ),
  },
  'region.yaml (municipalities)',
);
export type Region = v.InferOutput<typeof RegionSchema>;

const TOWN_NAMES = new Map(taxonomy.municipalities.map((m) => [m.code, m.name]));

/** "Fröndenberg/Ruhr" and "Froendenberg" compare equal; so do case and spacing. */
const fold = (name: string) => spelledOutLower(name).replace(/[^a-z]/g, '');

const number = (n: number) => n.toLocaleString('de-DE', { maximumFractionDigits: 4 });

/** The town a place name stands for: the town's own name, one of its places, or a part "Unna-Massen". */
function placeMatches(city: string, code: string, region: Region): boolean {
  const names = [TOWN_NAMES.get(code) ?? code, ...(region.municipalities[code]?.places ?? [])];
  return names.some((name) => city === name || city.startsWith(`${name}-`) || city.startsWith(`${name} `));
}

export function checkAddresses(
  organizations: readonly Organization[],
  region: Region,
  fileOf: ReadonlyMap<string, string>,
): Issue[] {
  const issues: Issue[] = [];
  const townOfPostcode = new Map<string, string>();
  for (const [code, town] of Object.entries(region.municipalities))
    for (const postcode of town.postalCodes) townOfPostcode.set(postcode, code);
  const name = (code: string) => TOWN_NAMES.get(code) ?? code;

  for (const org of organizations) {
    const file = fileOf.get(org.id) ?? `${org.id}.yaml`;
    org.locations.forEach((location: Location, li) => {
      const { address, geo } = location;
      const code = address.municipality;
      if (code === undefined) return;
      const town = region.municipalities[code];
      const at = (field: string) => `${file}: locations[${li}].${field}`;
      const push = (field: string, message: string) => issues.push({ path: at(field), message, recordId: location.id });
      if (!town) {
        push(
          'address.municipality',
          `Für ${name(code)} (municipality: ${code}) stehen in ${REGION_FILE} keine Postleitzahlen – dort ergänzen`,
        );
        return;
      }
      if (!town.postalCodes.includes(address.postalCode)) {
        const other = townOfPostcode.get(address.postalCode);
        push(
          'address.postalCode',
          other
            ? `Postleitzahl ${address.postalCode} gehört zu ${name(other)}, der Standort ist aber ${name(code)} zugeordnet (municipality: ${code}). Postleitzahl oder Gemeinde berichtigen – die Gemeinde entscheidet, in welchen Ergebnissen der Standort erscheint`
            : `Postleitzahl ${address.postalCode} ist für ${name(code)} nicht bekannt (bekannt: ${town.postalCodes.join(', ')}). Bitte prüfen; ist sie richtig, in ${REGION_FILE} bei ${code} ergänzen`,
        );
      }
      if (!placeMatches(address.city, code, region)) {
        const meant = [...TOWN_NAMES.keys()].find(
          (c) =>
            placeMatches(address.city, c, region) ||
            [name(c), ...(region.municipalities[c]?.places ?? [])].some((n) => fold(n) === fold(address.city)),
        );
        push(
          'address.city',
          meant === code
            ? `Ort „${address.city}“: bitte so schreiben wie „${name(code)}“ oder wie in ${REGION_FILE} unter places (mit Umlauten)`
            : meant
              ? `Ort „${address.city}“ ist ${name(meant)}, der Standort ist aber ${name(code)} zugeordnet (municipality: ${code}) – Ort oder Gemeinde berichtigen`
              : `Ort „${address.city}“ passt nicht zu ${name(code)} (municipality: ${code}) – erwartet „${name(code)}“ oder einen Ortsteil wie „${name(code)}-…“ (weitere Namen in ${REGION_FILE} unter places ergänzen)`,
        );
      }
      if (geo) {
        const { south, north, west, east } = town.box;
        if (geo.lat < south || geo.lat > north || geo.lon < west || geo.lon > east) {
          push(
            'geo',
            `Koordinaten ${number(geo.lat)}, ${number(geo.lon)} liegen nicht in ${name(code)} (Rahmen: Breite ${number(south)}–${number(north)}, Länge ${number(west)}–${number(east)}) – den Punkt auf der Karte prüfen (steht die Adresse in der richtigen Gemeinde?)`,
          );
        }
      }
    });
  }
  return issues;
}
