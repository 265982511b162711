import type { Directory, Location, Organization, Phone, Service, Text } from '../domain/directory/schema';
import type { DirectoryInfo } from '../domain/sync/ports';
import type { SyncOutcomeKind } from '../domain/sync/outcome';
import type { SearchData } from '../domain/search/search-index';
import { matchServiceOf, type MatchRow } from '../domain/guide/match-table';

/**
 * The shapes kept on the phone, shared by the IndexedDB store and the in-memory fallback, and the
 * pure conversions between a Directory and its records.
 */

export interface ServiceRecord {
  id: string;
  organizationId: string;
  /** Order inside its organization, so the directory is rebuilt exactly as published. */
  position: number;
  service: Service;
}

export interface OrganizationRecord {
  id: string;
  position: number;
  organization: Omit<Organization, 'services'>;
}

export interface DirectoryCounts {
  organizations: number;
  services: number;
  locations: number;
}

/** Everything of a directory but its organizations: meta, the guide's questions, and whatever the format adds later. */
export type DirectoryHead = Omit<Directory, 'organizations'>;

/** Everything known about the stored directory: the manifest facts plus its head (meta …). */
export interface StoredDirectoryInfo extends DirectoryInfo {
  head: DirectoryHead;
  counts: DirectoryCounts;
}

/** A search index built for one directory version (src/domain/search/search-index.ts's SearchData). */
export interface StoredSearch {
  version: string;
  data: SearchData;
}

export interface SyncState {
  lastAttemptAt?: number;
  lastSuccessAt?: number;
  lastOutcome?: SyncOutcomeKind;
}

/** The last known contact data of a saved service: shown even when it leaves the directory. */
export interface ContactSnapshot {
  service: Service;
  organization?: { id: string; name: Text; phones: Phone[]; website?: string; email?: string };
  locations: Location[];
  /** Directory version the snapshot was taken from. */
  directoryVersion?: string;
}

export interface SavedRecord {
  id: string;
  position: number;
  savedAt: number;
  snapshot: ContactSnapshot;
  /**
   * The name the family saved it under. Updates refresh the snapshot; when they rename the service, the
   * Merkliste shows this name too, so nobody wonders where their contact went. Missing on records
   * saved before it was kept.
   */
  savedName?: Text;
}

/** A saved contact as the Merkliste shows it. */
export interface SavedContact extends SavedRecord {
  /** False when the current directory no longer has this service: show "nicht mehr im Verzeichnis". */
  inDirectory: boolean;
}

/** What this phone remembers about itself (the language lives in localStorage, the answers only in the address). */
export interface Settings {
  /** navigator.storage.persist() was asked once already; do not ask again. */
  persistRequested?: boolean;
}
export type SettingKey = keyof Settings;

/** What "Meine Daten löschen" removed, so the screen can say it. */
export interface ClearReport {
  savedContacts: number;
  /** Children of the timeline (dates of birth or due dates). */
  children: number;
  directory: boolean;
}

/**
 * A child of the timeline, kept only on this phone: the date of birth (or the due date during a
 * pregnancy), an optional first name or nickname, and the town whose contacts the timeline shows.
 */
export interface ChildRecord {
  /** Random, says nothing about the child. */
  id: string;
  /** "YYYY-MM-DD": a calendar day, never an instant, so no time zone can move it. */
  date: string;
  /** True while `date` is the expected date of birth. */
  expected: boolean;
  nickname?: string;
  /** A municipality code of the taxonomy. */
  town?: string;
  savedAt: number;
}

export interface DirectoryRecords {
  organizations: OrganizationRecord[];
  services: ServiceRecord[];
  /** The match table (src/domain/guide/match-table.ts): one row per service, in the directory's order. */
  matches: MatchRow[];
  counts: DirectoryCounts;
}

export function toRecords(directory: Directory): DirectoryRecords {
  const organizations: OrganizationRecord[] = [];
  const services: ServiceRecord[] = [];
  const matches: MatchRow[] = [];
  let locations = 0;
  directory.organizations.forEach((org, position) => {
    const { services: orgServices, ...rest } = org;
    organizations.push({ id: org.id, position, organization: rest });
    locations += org.locations.length;
    orgServices.forEach((service, index) => {
      services.push({
        id: service.id,
        organizationId: org.id,
        position: index,
        service,
      });
      matches.push({ id: service.id, organizationId: org.id, order: matches.length, service: matchServiceOf(service) });
    });
  });
  return {
    organizations,
    services,
    matches,
    counts: { organizations: organizations.length, services: services.length, locations },
  };
}

export function headOf(directory: Directory): DirectoryHead {
  const { organizations: _organizations, ...head } = directory;
  return head;
}

/** Rebuilds the published shape: organizations in published order, each with its services in order. */
export function fromRecords(
  head: DirectoryHead,
  organizations: OrganizationRecord[],
  services: ServiceRecord[],
): Directory {
  const byOrg = new Map<string, ServiceRecord[]>();
  for (const record of services) {
    const list = byOrg.get(record.organizationId) ?? [];
    list.push(record);
    byOrg.set(record.organizationId, list);
  }
  const orgs = [...organizations].sort((a, b) => a.position - b.position);
  return {
    ...head,
    organizations: orgs.map((record) => ({
      ...record.organization,
      services: (byOrg.get(record.id) ?? []).sort((a, b) => a.position - b.position).map((s) => s.service),
    })),
  };
}

export function snapshotOf(
  service: Service,
  organization: Omit<Organization, 'services'> | undefined,
  directoryVersion: string | undefined,
): ContactSnapshot {
  const locations = organization?.locations.filter((l) => service.locationIds.includes(l.id)) ?? [];
  return {
    service,
    locations,
    ...(organization
      ? {
          organization: {
            id: organization.id,
            name: organization.name,
            phones: organization.phones,
            ...(organization.website !== undefined ? { website: organization.website } : {}),
            ...(organization.email !== undefined ? { email: organization.email } : {}),
          },
        }
      : {}),
    ...(directoryVersion !== undefined ? { directoryVersion } : {}),
  };
}

/** New order: the given ids first (in that order), every other saved contact after them as before. */
export function reorder(records: SavedRecord[], ids: readonly string[]): SavedRecord[] {
  const rank = new Map(ids.map((id, index) => [id, index]));
  const sorted = [...records].sort((a, b) => {
    const ra = rank.get(a.id) ?? ids.length + a.position;
    const rb = rank.get(b.id) ?? ids.length + b.position;
    return ra - rb;
  });
  return sorted.map((record, position) => ({ ...record, position }));
}

export function bySavedOrder(a: SavedRecord, b: SavedRecord): number {
  return a.position - b.position || a.savedAt - b.savedAt;
}

/**
 * The match table of a stored directory, from its records (the upgrade of a phone that stored its
 * directory before the table existed): the same rows as toRecords gives, in the directory's order.
 */
export function matchRowsOf(organizations: OrganizationRecord[], services: ServiceRecord[]): MatchRow[] {
  const orgPosition = new Map(organizations.map((record) => [record.id, record.position]));
  const sorted = [...services].sort(
    (a, b) =>
      (orgPosition.get(a.organizationId) ?? Infinity) - (orgPosition.get(b.organizationId) ?? Infinity) ||
      a.position - b.position,
  );
  return sorted.map((record, order) => ({
    id: record.id,
    organizationId: record.organizationId,
    order,
    service: matchServiceOf(record.service),
  }));
}

/**
 * Rows of the match table in one stored part (`matchParts`, JSON text). A page reads the whole table
 * at every cold start: a few texts, each parsed in its own task, instead of thousands of records
 * deserialized one by one (measured in Chromium at 4× CPU: 5,000 rows in 90 ms as JSON texts against
 * 190–280 ms as records read in parts of 200).
 */
export const MATCH_PART_ROWS = 500;

/** The match table as stored texts, in the directory's order (part n holds rows n × MATCH_PART_ROWS …). */
export function matchPartsOf(rows: readonly MatchRow[]): string[] {
  const parts: string[] = [];
  for (let from = 0; from < rows.length; from += MATCH_PART_ROWS) {
    parts.push(JSON.stringify(rows.slice(from, from + MATCH_PART_ROWS)));
  }
  return parts;
}
