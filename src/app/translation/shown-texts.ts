import type { Text } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';

/** The directory texts a result card shows (for its "automatisch übersetzt" note). */
export function cardTexts({ service, organization }: DirectoryEntry): (Text | undefined)[] {
  return [service.name, organization.name, service.summary];
}

/** Every directory text the detail screen shows: the service, its numbers, places and hours. */
export function detailTexts(entry: DirectoryEntry): (Text | undefined)[] {
  const { service, organization } = entry;
  const phones = service.phones.length > 0 ? service.phones : organization.phones;
  return [
    ...cardTexts(entry),
    service.description,
    service.eligibility,
    service.fees,
    ...phones.map((phone) => phone.label),
    ...entry.locations.flatMap((location) => [location.name, location.accessibility, location.transit]),
    ...service.schedules.flatMap((schedule) => [schedule.note, ...(schedule.closures ?? []).map((c) => c.note)]),
  ];
}
