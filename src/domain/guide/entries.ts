/**
 * A service together with what the guide needs to show it (its organization and places),
 * flattened from the nested directory once, so matching never walks the tree again.
 */
import type { Directory, Location, Organization, Service } from '../directory/schema';

export interface DirectoryEntry {
  service: Service;
  organization: Pick<Organization, 'id' | 'name' | 'sampleData' | 'website' | 'email' | 'phones'>;
  /** The organization's locations this service is offered at, in the service's order. */
  locations: Location[];
  /** Position in the directory: the stable tie-break of every ranking. */
  order: number;
}

/** One service's entry, given its organization (with or without its services) and its position. */
export function entryOf(
  service: Service,
  organization: Omit<Organization, 'services'>,
  order: number,
  locationsById: ReadonlyMap<string, Location> = new Map(organization.locations.map((l) => [l.id, l])),
): DirectoryEntry {
  const { id, name, sampleData, website, email, phones } = organization;
  return {
    service,
    organization: { id, name, sampleData, website, email, phones },
    locations: service.locationIds.flatMap((locationId) => locationsById.get(locationId) ?? []),
    order,
  };
}

export function directoryEntries(directory: Directory): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const organization of directory.organizations) {
    const byId = new Map(organization.locations.map((location) => [location.id, location]));
    for (const service of organization.services) {
      entries.push(entryOf(service, organization, entries.length, byId));
    }
  }
  return entries;
}
