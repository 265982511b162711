import type { Issue } from '../../domain/directory/issues';
import type { Organization } from '../../domain/directory/schema';

/**
 * A schedule names one of the organization's places (checked by the schema's integrity rules); it
 * must also be a place the service itself lists in locationIds, or the app would show opening hours
 * for an address the service is not offered at.
 */
export function checkSchedulePlaces(
  organizations: readonly Organization[],
  fileOf: ReadonlyMap<string, string>,
): Issue[] {
  const issues: Issue[] = [];
  for (const org of organizations) {
    const file = fileOf.get(org.id) ?? `${org.id}.yaml`;
    org.services.forEach((service, si) => {
      const listed = new Set(service.locationIds);
      service.schedules.forEach((schedule, ci) => {
        const place = schedule.locationId;
        if (place === undefined || listed.has(place) || !org.locations.some((l) => l.id === place)) return;
        issues.push({
          path: `${file}: services[${si}].schedules[${ci}].locationId`,
          recordId: service.id,
          message: `Öffnungszeiten für den Standort „${place}“, den das Angebot nicht nennt (locationIds: ${service.locationIds.join(', ') || 'keine'}) – den Standort in locationIds aufnehmen oder die Öffnungszeiten einem genannten Standort zuordnen`,
        });
      });
    });
  }
  return issues;
}
