import type { Location, Organization, Service } from '../../../domain/directory/schema';
import { collect, list, str, type Collected, type HsdsFile, type Json } from './collect';
import { email, fromProfile, optional, phones, profileOf, slugId, text, website } from './import-parts';
import { ImportRun, type HsdsImport } from './import-run';
import { toLocation } from './import-location';
import { toService } from './import-service';

/**
 * HSDS 3.1 → our editorial files (pure). Maps what fits the model and reports in German what it
 * left out and why. What our schema requires but HSDS lacks (sector, topics, summary …) is filled
 * with a documented placeholder and reported per record ("vorläufig …"), never silently.
 * Records from our own export carry the profile attribute and come back unchanged.
 */

export type { HsdsFile } from './collect';

export function hsdsToOrganizations(files: readonly HsdsFile[]): HsdsImport {
  const found = collect(files);
  const run = new ImportRun(found.notes);
  const organizations: Organization[] = [];
  for (const [hsdsId, hsdsOrg] of found.organizations) {
    const organization = toOrganization(run, found, hsdsId, hsdsOrg);
    if (organization) organizations.push(organization);
  }
  for (const service of found.services.values()) {
    const orgId = organizationIdOf(service);
    if (!orgId || !found.organizations.has(orgId))
      run.note(`Dienst „${str(service.name) ?? '?'}“ übersprungen: keine Organisation angegeben`);
  }
  return run.finish(organizations);
}

/** The organization with its locations and services; undefined (and reported) without a service to keep. */
function toOrganization(run: ImportRun, found: Collected, hsdsId: string, hsdsOrg: Json): Organization | undefined {
  const profile = profileOf(hsdsOrg.attributes);
  if (profile) run.profiled = true;
  const name = str(hsdsOrg.name) ?? 'Organisation ohne Namen';
  const id = str(profile?.id) ?? slugId(name, run.taken, 'organisation');
  run.taken.add(id);
  const what = `Organisation „${name}“`;
  run.countSkipped(hsdsOrg);
  const services = [...found.services.values()].filter((s) => organizationIdOf(s) === hsdsId);
  const locations = organizationLocations(run, found, hsdsId, hsdsOrg, services);
  const ourServices = services.map((s) => toService(run, s)).filter((s): s is Service => s !== undefined);
  if (ourServices.length === 0) {
    run.note(`${what} übersprungen: kein übernehmbares Angebot (services)`);
    return undefined;
  }
  const sampleData = profile?.sampleData;
  if (typeof sampleData !== 'boolean') {
    run.placeholder(
      `${what}: sampleData fehlt in HSDS – vorläufig true (als Beispieldaten gekennzeichnet), nach Prüfung auf false setzen`,
    );
  }
  return {
    id,
    name: fromProfile(profile, 'name', { de: name }),
    ...optional('description', fromProfile(profile, 'description', text(hsdsOrg.description))),
    ...optional('website', website(hsdsOrg.website, what, run.note)),
    ...optional('email', email(hsdsOrg.email, what, run.note)),
    phones: (profile?.phones as Organization['phones'] | undefined) ?? phones(hsdsOrg.phones, what, run.note),
    sampleData: typeof sampleData === 'boolean' ? sampleData : true,
    locations: inProfileOrder(locations, profile?.locations),
    services: inProfileOrder(ourServices, profile?.services),
  };
}

/** Every location the organization names, lists or offers a service at, each taken once. */
function organizationLocations(
  run: ImportRun,
  found: Collected,
  hsdsId: string,
  hsdsOrg: Json,
  services: Json[],
): Location[] {
  const sources = [
    ...list(hsdsOrg.locations),
    ...[...found.locations.values()].filter((l) => l.organization_id === hsdsId),
    ...services.flatMap((s) =>
      list(s.service_at_locations)
        .map((sal) => sal.location)
        .filter((l): l is Json => !!l && typeof l === 'object'),
    ),
  ];
  const locations: Location[] = [];
  for (const hsdsLocation of sources) {
    const locationId = str(hsdsLocation.id) ?? '';
    if (run.locationIds.has(locationId)) continue;
    const location = toLocation(run, hsdsLocation);
    run.locationIds.set(locationId, location?.id ?? '');
    if (location) locations.push(location);
  }
  return locations;
}

function organizationIdOf(service: Json): string | undefined {
  return str((service.organization as Json | undefined)?.id) ?? str(service.organization_id);
}

/** In the order our own export's profile recorded (ids), or as found. */
function inProfileOrder<T extends { id: string }>(items: T[], ids: unknown): T[] {
  const order = Array.isArray(ids) ? (ids as string[]) : [];
  return order.length === 0 ? items : [...items].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}
