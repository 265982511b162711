import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadSource } from '../../../src/tools/directory/load-source';
import { REGION_DIR } from '../../fixtures/region';
import { validOrganization } from './fixtures';
import { removeDir, writeSourceDir } from './source-dir';

/** Postcode, place name and coordinates must agree with the municipality code (which decides where a place appears). */

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeDir));
});

/** One organization with one location at `address`/`geo`, checked against the test region's region.yaml. */
async function issuesFor(address: Record<string, unknown>, geo?: { lat: number; lon: number }) {
  const org = validOrganization('stelle');
  const [location] = org.locations as Record<string, unknown>[];
  location!.address = address;
  if (geo) location!.geo = geo;
  else delete location!.geo;
  const dir = await writeSourceDir([org]);
  dirs.push(dir);
  await writeFile(join(dir, 'region.yaml'), await readFile(join(REGION_DIR, 'region.yaml')));
  return (await loadSource(dir)).issues.map((i) => `${i.path} [${i.recordId}]: ${i.message}`);
}

const SCHWERTE = { lat: 51.445, lon: 7.565 };

describe('address consistency (region.yaml)', () => {
  it('accepts a consistent address, a district name and a place listed for the town', async () => {
    expect(
      await issuesFor({ street: 'Markt 1', postalCode: '58239', city: 'Schwerte', municipality: 'schwerte' }, SCHWERTE),
    ).toEqual([]);
    expect(
      await issuesFor({ street: 'Markt 1', postalCode: '58239', city: 'Ergste', municipality: 'schwerte' }),
    ).toEqual([]);
    expect(
      await issuesFor({ street: 'Markt 1', postalCode: '59425', city: 'Unna-Massen', municipality: 'unna' }),
    ).toEqual([]);
  });

  it('names file, field and record for an Unna postcode in Schwerte', async () => {
    expect(
      await issuesFor({ street: 'Markt 1', postalCode: '59423', city: 'Schwerte', municipality: 'schwerte' }, SCHWERTE),
    ).toEqual([
      'organizations/stelle.yaml: locations[0].address.postalCode [stelle-mitte]: Postleitzahl 59423 gehört zu Unna, der Standort ist aber Schwerte zugeordnet (municipality: schwerte). Postleitzahl oder Gemeinde berichtigen – die Gemeinde entscheidet, in welchen Ergebnissen der Standort erscheint',
    ]);
  });

  it('finds “Froendenberg” with municipality froendenberg on a Schwerte address', async () => {
    const issues = await issuesFor(
      { street: 'Markt 1', postalCode: '58239', city: 'Froendenberg', municipality: 'froendenberg' },
      SCHWERTE,
    );
    expect(issues).toEqual([
      'organizations/stelle.yaml: locations[0].address.postalCode [stelle-mitte]: Postleitzahl 58239 gehört zu Schwerte, der Standort ist aber Fröndenberg/Ruhr zugeordnet (municipality: froendenberg). Postleitzahl oder Gemeinde berichtigen – die Gemeinde entscheidet, in welchen Ergebnissen der Standort erscheint',
      'organizations/stelle.yaml: locations[0].address.city [stelle-mitte]: Ort „Froendenberg“: bitte so schreiben wie „Fröndenberg/Ruhr“ oder wie in region.yaml unter places (mit Umlauten)',
      'organizations/stelle.yaml: locations[0].geo [stelle-mitte]: Koordinaten 51,445, 7,565 liegen nicht in Fröndenberg/Ruhr (Rahmen: Breite 51,43–51,52, Länge 7,68–7,86) – den Punkt auf der Karte prüfen (steht die Adresse in der richtigen Gemeinde?)',
    ]);
  });

  it('names the town a place name belongs to, an unknown postcode, and a point in another town', async () => {
    const issues = await issuesFor(
      { street: 'Markt 1', postalCode: '58238', city: 'Kamen', municipality: 'schwerte' },
      { lat: 51.536, lon: 7.689 },
    );
    expect(issues.join('\n')).toContain(
      'Postleitzahl 58238 ist für Schwerte nicht bekannt (bekannt: 58239). Bitte prüfen; ist sie richtig, in region.yaml bei schwerte ergänzen',
    );
    expect(issues.join('\n')).toContain(
      'Ort „Kamen“ ist Kamen, der Standort ist aber Schwerte zugeordnet (municipality: schwerte) – Ort oder Gemeinde berichtigen',
    );
    expect(issues.join('\n')).toContain('Koordinaten 51,536, 7,689 liegen nicht in Schwerte');
  });

  it('refuses an unknown town in region.yaml and checks nothing without the file', async () => {
    const dir = await writeSourceDir([validOrganization()]);
    dirs.push(dir);
    await writeFile(
      join(dir, 'region.yaml'),
      stringify({
        municipalities: { dortmund: { postalCodes: ['44135'], box: { south: 1, north: 2, west: 1, east: 2 } } },
      }),
    );
    expect((await loadSource(dir)).issues.map((i) => i.path).join()).toContain('region.yaml');
    const withoutFile = await writeSourceDir([validOrganization()]);
    dirs.push(withoutFile);
    expect((await loadSource(withoutFile)).issues).toEqual([]);
  });
});
