/**
 * What a family takes home about one service: name, organization, callable numbers, e-mail, website,
 * address and opening hours in words, in the family's language (German where no translation exists).
 * One pure model feeds the handout, the vCard and the shared text, so all three say the same.
 */
import { toTelUri, type Address, type Phone } from '../directory/schema';
import { textIn } from '../directory/text-in';
import { shownAsDraft } from '../directory/machine-translation';
import type { DirectoryEntry } from '../guide/entries';
import { scheduleLines, type HoursWords } from './hours-words';

interface SummaryPhone {
  /** As written in the directory ("02303 27-1234"). */
  number: string;
  /** Digits with + for the international form, ready to dial ("+4923032 71234"). */
  dial: string;
  label?: string;
}

interface HoursBlock {
  /** The place these hours are for ("Bahnhofstr. 1, 59423 Unna"); absent for the service's general hours. */
  place?: string;
  lines: string[];
}

/** A part of the summary whose words can be a machine-assisted translation nobody has reviewed yet. */
type DraftPart = 'name' | 'organization' | 'phone';

export interface ContactSummary {
  id: string;
  name: string;
  organization: string;
  phones: SummaryPhone[];
  email?: string;
  /** https only: a family's phone never gets a plain-http link from us. */
  website?: string;
  address?: Address;
  hours: HoursBlock[];
  /** The parts shown in a machine-assisted draft translation (absent when none is), to be marked so on paper and in shared text. */
  drafts?: DraftPart[];
}

const CALLABLE: ReadonlySet<Phone['kind']> = new Set(['voice', 'hotline']);

/** Same rule as the result cards (src/app/ui/contact.ts): the service's own numbers, else the organization's. */
function callable(entry: DirectoryEntry): Phone[] {
  const own = entry.service.phones.filter((p) => CALLABLE.has(p.kind));
  return own.length > 0 ? own : entry.organization.phones.filter((p) => CALLABLE.has(p.kind));
}

export function addressText(address: Address): string {
  return `${address.street}, ${address.postalCode} ${address.city}`;
}

export function summarize(entry: DirectoryEntry, language: string, words: HoursWords): ContactSummary {
  const { service, organization } = entry;
  const website = service.website ?? organization.website;
  const hours: HoursBlock[] = [];
  const general = service.schedules.filter((s) => s.locationId === undefined);
  const generalLines = general.flatMap((s) => scheduleLines(s, language, words));
  if (generalLines.length > 0) hours.push({ lines: generalLines });
  for (const location of entry.locations) {
    const lines = service.schedules
      .filter((s) => s.locationId === location.id)
      .flatMap((s) => scheduleLines(s, language, words));
    if (lines.length > 0) hours.push({ place: addressText(location.address), lines });
  }
  const email = service.email ?? organization.email;
  const address = entry.locations[0]?.address;
  const phones = callable(entry);
  const drafts: DraftPart[] = [
    ...(shownAsDraft(service.name, language) ? (['name'] as const) : []),
    ...(shownAsDraft(organization.name, language) ? (['organization'] as const) : []),
    ...(phones.some((phone) => shownAsDraft(phone.label, language)) ? (['phone'] as const) : []),
  ];
  return {
    id: service.id,
    name: textIn(service.name, language),
    organization: textIn(organization.name, language),
    phones: phones.map((phone) => ({
      number: phone.number,
      dial: toTelUri(phone.number).slice('tel:'.length),
      ...(phone.label ? { label: textIn(phone.label, language) } : {}),
    })),
    ...(email ? { email } : {}),
    ...(website?.startsWith('https://') ? { website } : {}),
    ...(address ? { address } : {}),
    hours,
    ...(drafts.length > 0 ? { drafts } : {}),
  };
}
