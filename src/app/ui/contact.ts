/** Which of an entry's contact data a card shows: the service's own, else its organization's. */
import type { Phone } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';

const CALLABLE: ReadonlySet<Phone['kind']> = new Set(['voice', 'hotline']);

/** Numbers one can call (no fax, no SMS-only), the service's own first. */
export function callablePhones(entry: DirectoryEntry): Phone[] {
  const own = entry.service.phones.filter((p) => CALLABLE.has(p.kind));
  return own.length > 0 ? own : entry.organization.phones.filter((p) => CALLABLE.has(p.kind));
}

export function emailOf(entry: DirectoryEntry): string | undefined {
  return entry.service.email ?? entry.organization.email;
}

export function websiteOf(entry: DirectoryEntry): string | undefined {
  return entry.service.website ?? entry.organization.website;
}

/** The app's own address for an entry, for sharing. */
export function entryPath(serviceId: string): string {
  return `/angebot/${encodeURIComponent(serviceId)}`;
}
