import type { Text } from './text';
import type { Organization, SourceDirectory } from './schema';

/** Every translatable text in the directory, with where it is; used for translation reports. */
export interface TextField {
  path: string;
  recordId: string;
  text: Text;
}

function organizationTextFields(org: Organization, prefix: string): TextField[] {
  const out: TextField[] = [];
  const add = (path: string, recordId: string, text: Text | undefined) => {
    if (text) out.push({ path: `${prefix}${path}`, recordId, text });
  };
  add('name', org.id, org.name);
  add('description', org.id, org.description);
  org.phones.forEach((p, i) => add(`phones[${i}].label`, org.id, p.label));
  org.locations.forEach((loc, i) => {
    add(`locations[${i}].name`, loc.id, loc.name);
    add(`locations[${i}].accessibility`, loc.id, loc.accessibility);
    add(`locations[${i}].transit`, loc.id, loc.transit);
  });
  org.services.forEach((s, i) => {
    const at = `services[${i}].`;
    add(`${at}name`, s.id, s.name);
    add(`${at}summary`, s.id, s.summary);
    add(`${at}description`, s.id, s.description);
    add(`${at}eligibility`, s.id, s.eligibility);
    add(`${at}fees`, s.id, s.fees);
    s.phones.forEach((p, j) => add(`${at}phones[${j}].label`, s.id, p.label));
    s.schedules.forEach((sch, j) => {
      add(`${at}schedules[${j}].note`, s.id, sch.note);
      sch.closures?.forEach((c, k) => add(`${at}schedules[${j}].closures[${k}].note`, s.id, c.note));
    });
  });
  return out;
}

/** All text fields of a directory; `orgPrefix` says how to name an organization in paths. */
export function directoryTextFields(
  directory: Pick<SourceDirectory, 'meta' | 'organizations'>,
  orgPrefix: (org: Organization, index: number) => string = (_org, i) => `organizations[${i}].`,
): TextField[] {
  return [
    { path: 'meta.title', recordId: directory.meta.id, text: directory.meta.title },
    ...directory.organizations.flatMap((org, i) => organizationTextFields(org, orgPrefix(org, i))),
  ];
}
