/**
 * The printed handout as data: the chosen contacts (in the order they were chosen), which chosen ids
 * the directory no longer has, the emergency numbers and the data date. The screen only lays it out.
 */
import { EMERGENCY_NUMBERS, type EmergencyNumber } from '../emergency-numbers';
import type { DirectoryEntry } from '../guide/entries';
import { summarize, type ContactSummary } from './contact-summary';
import type { HoursWords } from './hours-words';

export interface Handout {
  contacts: ContactSummary[];
  /** Chosen ids that are not (or no longer) in the directory on this phone. */
  missing: string[];
  emergency: readonly EmergencyNumber[];
  /** "Stand" of the directory (ISO timestamp or epoch ms), when known. */
  dataDate?: string | number;
}

export interface HandoutInput {
  ids: readonly string[];
  entries: readonly DirectoryEntry[];
  language: string;
  words: HoursWords;
  dataDate?: string | number;
}

/** The chosen entries in the order the ids were given; repeated ids count once. */
export function pickEntries(
  ids: readonly string[],
  entries: readonly DirectoryEntry[],
): { found: DirectoryEntry[]; missing: string[] } {
  const byId = new Map(entries.map((entry) => [entry.service.id, entry]));
  const found: DirectoryEntry[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const entry = byId.get(id);
    if (entry) found.push(entry);
    else missing.push(id);
  }
  return { found, missing };
}

export function handoutModel({ ids, entries, language, words, dataDate }: HandoutInput): Handout {
  const { found, missing } = pickEntries(ids, entries);
  return {
    contacts: found.map((entry) => summarize(entry, language, words)),
    missing,
    emergency: EMERGENCY_NUMBERS,
    ...(dataDate !== undefined ? { dataDate } : {}),
  };
}
