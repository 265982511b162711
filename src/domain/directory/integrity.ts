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

/** Formats a path inside organization `orgIndex`; the source loader swaps in file names. */
export type OrgPath = (orgIndex: number, keys: PathKey[]) => string;

const defaultOrgPath: OrgPath = (i, keys) => formatPath(['organizations', i, ...keys]);

export function checkIntegrity(
  directory: { organizations: readonly Organization[] },
  orgPath: OrgPath = defaultOrgPath,
  /** The organization a service was published with (from the list of published ids), if known. */
  publishedWith: (serviceId: string) => string | undefined = () => undefined,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, { where: string; orgId: string }>();

  const claimId = (id: string, where: string, orgId: string) => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, { where, orgId });
      return;
    }
    // Both places are named; the blame goes to the one that was not published under this id.
    const owner = publishedWith(id);
    const blameFirst = owner !== undefined && owner === orgId && first.orgId !== orgId;
    const [wrong, right] = blameFirst ? [first.where, where] : [where, first.where];
    const published = owner !== undefined && (blameFirst || owner === first.orgId);
    issues.push({
      path: wrong,
      message: published
        ? `Kennung „${id}“ doppelt vergeben: veröffentlicht ist sie bei ${right} – hier bitte eine neue Kennung wählen (Familien haben die veröffentlichte vielleicht in ihrer Merkliste)`
        : `Kennung „${id}“ doppelt vergeben: schon benutzt bei ${right} – jede Kennung darf im ganzen Verzeichnis nur einmal vorkommen`,
      recordId: id,
    });
  };

  directory.organizations.forEach((org, oi) => {
    const at = (keys: PathKey[]) => orgPath(oi, keys);
    claimId(org.id, at(['id']), org.id);
    const locationIds = new Set<string>();
    org.locations.forEach((loc, li) => {
      claimId(loc.id, at(['locations', li, 'id']), org.id);
      locationIds.add(loc.id);
    });
    const known =
      org.locations.length > 0 ? `vorhanden: ${[...locationIds].join(', ')}` : 'die Organisation hat keine Standorte';

    org.services.forEach((service, si) => {
      const serviceKeys: PathKey[] = ['services', si];
      claimId(service.id, at([...serviceKeys, 'id']), org.id);
      service.locationIds.forEach((locId, i) => {
        if (!locationIds.has(locId)) {
          issues.push({
            path: at([...serviceKeys, 'locationIds', i]),
            message: `Standort „${locId}“ gibt es in der Organisation „${org.id}“ nicht (${known})`,
            recordId: service.id,
          });
        }
      });
      service.schedules.forEach((schedule, ci) => {
        const where = (keys: PathKey[]) => at([...serviceKeys, 'schedules', ci, ...keys]);
        issues.push(...checkSchedule(schedule, where, service.id, locationIds, org.id, known));
      });
    });
  });
  return issues;
}

function checkSchedule(
  schedule: Schedule,
  where: (keys: PathKey[]) => string,
  recordId: string,
  locationIds: ReadonlySet<string>,
  orgId: string,
  known: string,
): Issue[] {
  const issues: Issue[] = [];
  const push = (sub: PathKey[], message: string) => issues.push({ path: where(sub), message, recordId });

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
