import type { Issue } from './issues';
import type { Organization, Retirement } from './schema';

/**
 * Retired services (directory/retired.yaml) against the directory: a retired id is no longer in
 * use, and a successor is a service that exists. Pure; runs on the editorial source and on the phone.
 */
export function checkRetired(
  directory: { organizations: readonly Organization[]; retired?: readonly Retirement[] | undefined },
  path: (index: number, field: string) => string = (i, field) => `retired[${i}].${field}`,
): Issue[] {
  const issues: Issue[] = [];
  const services = new Set(directory.organizations.flatMap((o) => o.services.map((s) => s.id)));
  const seen = new Set<string>();
  (directory.retired ?? []).forEach((record, i) => {
    if (seen.has(record.id)) {
      issues.push({ path: path(i, 'id'), message: `„${record.id}“ steht zweimal in der Liste`, recordId: record.id });
    }
    seen.add(record.id);
    if (services.has(record.id)) {
      issues.push({
        path: path(i, 'id'),
        message: `„${record.id}“ ist als stillgelegt eingetragen, steht aber noch im Verzeichnis – einen der beiden Einträge entfernen`,
        recordId: record.id,
      });
    }
    if (record.successor !== undefined && !services.has(record.successor)) {
      issues.push({
        path: path(i, 'successor'),
        message: `Nachfolger „${record.successor}“ gibt es im Verzeichnis nicht – die Kennung eines bestehenden Angebots angeben oder successor weglassen`,
        recordId: record.id,
      });
    }
  });
  return issues;
}
