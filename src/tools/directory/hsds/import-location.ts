import taxonomy from '../../../domain/taxonomy.json';
import type { Location } from '../../../domain/directory/schema';
import { list, str, type Json } from './collect';
import { LOCATION_ID_TYPE } from './export';
import { fromProfile, optional, profileOf, slugId, text } from './import-parts';
import type { ImportRun } from './import-run';
import { codesOf } from './vocabulary';

/** An HSDS location with a German address as ours; undefined (and reported) without one. */
export function toLocation(run: ImportRun, hsds: Json): Location | undefined {
  const profile = profileOf(hsds.attributes);
  const label = str(hsds.name) ?? str(hsds.id) ?? '?';
  const address = list(hsds.addresses).find((a) => a.address_type !== 'postal') ?? list(hsds.addresses)[0];
  const postalCode = str(address?.postal_code);
  if (!address || !postalCode || !/^\d{5}$/.test(postalCode) || !str(address.address_1) || !str(address.city)) {
    run.note(
      `Standort „${label}“ übersprungen: keine deutsche Anschrift (Straße, 5-stellige Postleitzahl, Ort)${postalCode ? ` – Postleitzahl „${postalCode}“` : ''}`,
    );
    return undefined;
  }
  const ours =
    str(profile?.id) ??
    (hsds.external_identifier_type === LOCATION_ID_TYPE ? str(hsds.external_identifier) : undefined);
  const id = ours ?? slugId(`${label}`, run.taken, 'standort');
  if (ours) run.taken.add(ours);
  const city = str(address.city) as string;
  const municipality =
    codesOf(hsds.attributes, 'municipality')[0]?.code ??
    // Foreign data: the town from the city name; our own export says it in the attribute (or not at all).
    (profile ? undefined : taxonomy.municipalities.find((m) => m.name.toLowerCase() === city.toLowerCase())?.code);
  const geo = geoOf(run, hsds, label);
  run.countSkipped(hsds);
  return {
    id,
    ...optional('name', fromProfile(profile, 'name', text(hsds.name))),
    address: { street: str(address.address_1) as string, postalCode, city, ...optional('municipality', municipality) },
    ...optional('geo', geo),
    ...optional('accessibility', fromProfile(profile, 'accessibility', text(accessibilityText(hsds)))),
    ...optional('transit', fromProfile(profile, 'transit', text(hsds.transportation))),
  };
}

/** Coordinates inside Germany, else none (reported when there were some). */
function geoOf(run: ImportRun, hsds: Json, label: string): Location['geo'] {
  const [lat, lon] = [hsds.latitude, hsds.longitude];
  const geoOk =
    typeof lat === 'number' && typeof lon === 'number' && lat >= 47.2 && lat <= 55.1 && lon >= 5.8 && lon <= 15.1;
  if (lat !== undefined && !geoOk)
    run.note(
      `Standort „${label}“: Koordinaten ${String(lat)}, ${String(lon)} liegen nicht in Deutschland – weggelassen`,
    );
  return geoOk ? { lat: lat as number, lon: lon as number } : undefined;
}

function accessibilityText(hsds: Json): string {
  return list(hsds.accessibility)
    .map((a) => [str(a.description), str(a.details)].filter(Boolean).join(' '))
    .filter(Boolean)
    .join(' ');
}
