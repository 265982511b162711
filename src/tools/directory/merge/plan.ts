import { changedFields, mergeRecord, recordName, sameContent, type MergeOptions, type Missing } from './merge-data';
import { newYamlText, updateYamlText } from './yaml-update';

/**
 * What an import would do to the editorial source (pure): which organizations and services it
 * adds, changes and removes, and the exact file texts it would write. Organizations are merged by
 * id; an organization or service missing from the import is kept unless removals are allowed.
 */

export interface ExistingFile {
  /** "organizations/x.yaml" */
  name: string;
  text: string;
  /** The file's content as plain data. */
  data: Record<string, unknown>;
}

interface Named {
  id: string;
  name: string;
}

interface OrganizationChange extends Named {
  /** Changed fields of the organization itself (not its services). */
  fields: string[];
  addedServices: Named[];
  changedServices: (Named & { fields: string[] })[];
  /** Services (and locations) the import does not have: removed with removeMissing, else kept. */
  missing: Missing[];
}

export interface ImportPlan {
  added: (Named & { services: Named[] })[];
  changed: OrganizationChange[];
  /** Organizations missing from the import (removed only with removeMissing). */
  missing: (Named & { services: number })[];
  unchanged: number;
  removeMissing: boolean;
  /** Files to write (new or changed), with their full new text. */
  writes: { name: string; text: string }[];
  /** Files to delete (only with removeMissing). */
  deletes: string[];
  /** Every organization as it would be afterwards (kept, merged and added), as plain data. */
  result: Plain[];
}

type Plain = Record<string, unknown>;

const servicesOf = (org: Plain): Plain[] => (Array.isArray(org.services) ? (org.services as Plain[]) : []);
const named = (record: Plain): Named => ({ id: String(record.id), name: recordName(record) });

function serviceChanges(before: Plain, after: Plain) {
  const old = new Map(servicesOf(before).map((s) => [s.id, s]));
  const addedServices: Named[] = [];
  const changedServices: (Named & { fields: string[] })[] = [];
  for (const service of servicesOf(after)) {
    const previous = old.get(service.id);
    if (!previous) addedServices.push(named(service));
    else if (!sameContent(previous, service))
      changedServices.push({ ...named(service), fields: changedFields(previous, service) });
  }
  return { addedServices, changedServices };
}

export function planImport(
  existing: readonly ExistingFile[],
  imported: readonly Plain[],
  options: MergeOptions,
  folder = 'organizations',
): ImportPlan {
  const byId = new Map(existing.map((file) => [String(file.data.id ?? ''), file]));
  const plan: ImportPlan = {
    added: [],
    changed: [],
    missing: [],
    unchanged: 0,
    removeMissing: options.removeMissing,
    writes: [],
    deletes: [],
    result: [],
  };
  const importedIds = new Set<string>();
  for (const org of imported) {
    const id = String(org.id);
    importedIds.add(id);
    const file = byId.get(id);
    if (!file) {
      plan.added.push({ ...named(org), services: servicesOf(org).map(named) });
      plan.writes.push({ name: `${folder}/${id}.yaml`, text: newYamlText(org) });
      plan.result.push(org);
      continue;
    }
    const missing: Missing[] = [];
    const merged = mergeRecord(file.data, org, options, missing) as Plain;
    plan.result.push(merged);
    if (sameContent(file.data, merged)) {
      plan.unchanged++;
      if (missing.length > 0)
        plan.changed.push({ ...named(org), fields: [], ...serviceChanges(file.data, merged), missing });
      continue;
    }
    const { services: _before, ...orgBefore } = file.data;
    const { services: _after, ...orgAfter } = merged;
    plan.changed.push({
      ...named(merged),
      fields: changedFields(orgBefore, orgAfter),
      ...serviceChanges(file.data, merged),
      missing,
    });
    plan.writes.push({ name: file.name, text: updateYamlText(file.text, merged) });
  }
  for (const file of existing) {
    const id = String(file.data.id ?? '');
    if (importedIds.has(id)) continue;
    plan.missing.push({ ...named(file.data), services: servicesOf(file.data).length });
    if (options.removeMissing) plan.deletes.push(file.name);
    else plan.result.push(file.data);
  }
  return plan;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const label = (item: Named) => `„${item.name}“ (${item.id})`;
const LISTS: Record<string, [string, string]> = {
  services: ['Angebot', 'Angebote'],
  locations: ['Standort', 'Standorte'],
};

/** The plan in plain German, every organization and service by name. */
export function planText(plan: ImportPlan): string[] {
  const lines: string[] = [];
  const addedServices = plan.added.reduce((n, o) => n + o.services.length, 0);
  lines.push(
    `Neu: ${plural(plan.added.length, 'Organisation', 'Organisationen')} mit ${plural(addedServices, 'Angebot', 'Angeboten')}`,
  );
  for (const org of plan.added) {
    lines.push(`  + Organisation ${label(org)}`);
    for (const service of org.services) lines.push(`      + Angebot ${label(service)}`);
  }
  const changed = plan.changed.filter((o) => o.fields.length + o.addedServices.length + o.changedServices.length > 0);
  lines.push(`Geändert: ${plural(changed.length, 'Organisation', 'Organisationen')}`);
  for (const org of changed) {
    lines.push(`  ~ Organisation ${label(org)}${org.fields.length > 0 ? `: ${org.fields.join(', ')}` : ''}`);
    for (const service of org.addedServices) lines.push(`      + neues Angebot ${label(service)}`);
    for (const service of org.changedServices)
      lines.push(`      ~ Angebot ${label(service)}: ${service.fields.join(', ')}`);
  }
  const missingInside = plan.changed.flatMap((o) => o.missing.map((m) => ({ org: o, ...m })));
  const missingServices = plan.missing.reduce((n, o) => n + o.services, 0);
  if (plan.removeMissing) {
    lines.push(
      `Entfernt (fehlen im Import, --remove-missing): ${plural(plan.missing.length, 'Organisation', 'Organisationen')} mit ${plural(missingServices, 'Angebot', 'Angeboten')}, dazu ${plural(missingInside.length, 'einzelner Eintrag', 'einzelne Einträge')}`,
    );
    for (const org of plan.missing)
      lines.push(`  − Organisation ${label(org)} (${plural(org.services, 'Angebot', 'Angebote')})`);
    for (const m of missingInside)
      lines.push(`  − ${(LISTS[m.list] ?? ['Eintrag'])[0]} ${label(m)} aus ${label(m.org)}`);
  } else if (plan.missing.length + missingInside.length > 0) {
    lines.push(
      `Nicht im Import, bleiben unverändert: ${plural(plan.missing.length, 'Organisation', 'Organisationen')} mit ${plural(missingServices, 'Angebot', 'Angeboten')}, dazu ${plural(missingInside.length, 'einzelner Eintrag', 'einzelne Einträge')} in geänderten Organisationen`,
    );
    for (const m of missingInside)
      lines.push(`  = ${(LISTS[m.list] ?? ['Eintrag'])[0]} ${label(m)} aus ${label(m.org)} bleibt`);
    lines.push('  (Löschen nur mit der zusätzlichen Option --remove-missing.)');
  }
  lines.push(`Unverändert: ${plural(plan.unchanged, 'Organisation', 'Organisationen')}`);
  return lines;
}

export const planIsEmpty = (plan: ImportPlan) => plan.writes.length === 0 && plan.deletes.length === 0;
