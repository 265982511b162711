import { minutesOf } from './hours-schema';
import type { Issue } from './issues';
import { formatPath } from './issues';
import type { Organization, Schedule } from './schema';

/**
 * Checks a schema alone cannot do: ids unique across the whole directory, location references
 * within the same organization, opening hours that close after they open, closures in order.
 * Runs on data that already passed the schema.
 */

type PathKey = string | number;

/** Where an organization lives in the data; the loader swaps in file names. */
export type OrgPath = (orgIndex: number) => PathKey[];

const defaultOrgPath: OrgPath = (i) => ['organizations', i];

export function checkIntegrity(
  directory: { organizations: readonly Organization[] },
  orgPath: OrgPath = defaultOrgPath,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();

  const claimId = (id: string, keys: PathKey[]) => {
    const where = formatPath(keys);
    const first = seen.get(id);
    if (first === undefined) seen.set(id, where);
    else {
      issues.push({
        path: where,
        message: `Kennung „${id}“ doppelt vergeben: schon benutzt bei ${first} – jede Kennung darf im ganzen Verzeichnis nur einmal vorkommen`,
        recordId: id,
      });
    }
  };

  directory.organizations.forEach((org, oi) => {
    const orgKeys = orgPath(oi);
    claimId(org.id, [...orgKeys, 'id']);
    const locationIds = new Set<string>();
    org.locations.forEach((loc, li) => {
      claimId(loc.id, [...orgKeys, 'locations', li, 'id']);
      locationIds.add(loc.id);
    });
    const known = org.locations.length > 0 ? `vorhanden: ${[...locationIds].join(', ')}` : 'die Organisation hat keine Standorte';

    org.services.forEach((service, si) => {
      const serviceKeys = [...orgKeys, 'services', si];
      claimId(service.id, [...serviceKeys, 'id']);
      service.locationIds.forEach((locId, i) => {
        if (!locationIds.has(locId)) {
          issues.push({
            path: formatPath([...serviceKeys, 'locationIds', i]),
            message: `Standort „${locId}“ gibt es in der Organisation „${org.id}“ nicht (${known})`,
            recordId: service.id,
          });
        }
      });
      service.schedules.forEach((schedule, ci) => {
        issues.push(...checkSchedule(schedule, [...serviceKeys, 'schedules', ci], service.id, locationIds, org.id, known));
      });
    });
  });
  return issues;
}

function checkSchedule(
  schedule: Schedule,
  keys: PathKey[],
  recordId: string,
  locationIds: ReadonlySet<string>,
  orgId: string,
  known: string,
): Issue[] {
  const issues: Issue[] = [];
  const push = (sub: PathKey[], message: string) => issues.push({ path: formatPath([...keys, ...sub]), message, recordId });

  if (schedule.locationId !== undefined && !locationIds.has(schedule.locationId)) {
    push(['locationId'], `Standort „${schedule.locationId}“ gibt es in der Organisation „${orgId}“ nicht (${known})`);
  }
  schedule.weekly?.forEach((interval, i) => {
    const opens = minutesOf(interval.opens);
    const closes = minutesOf(interval.closes);
    if (closes <= opens && interval.overnight !== true) {
      push(
        ['weekly', i, 'closes'],
        `Schließt vor dem Öffnen (${interval.opens}–${interval.closes}) – bei Nachtzeiten overnight: true setzen`,
      );
    }
    if (closes > opens && interval.overnight === true) {
      push(
        ['weekly', i, 'overnight'],
        `overnight: true, aber ${interval.opens}–${interval.closes} endet am selben Tag – overnight weglassen`,
      );
    }
  });
  schedule.closures?.forEach((closure, i) => {
    if (closure.to < closure.from) {
      push(['closures', i, 'to'], `Schließzeit endet (${closure.to}) vor ihrem Beginn (${closure.from})`);
    }
  });
  return issues;
}
