/**
 * The Merkliste's saved services that the directory no longer has and the editors retired: their
 * records (from the match source's head, no service read) and their successors, read by id.
 */
import { useMemo } from 'preact/hooks';
import type { Retirement } from '../../domain/directory/schema';
import type { SavedContact } from '../../storage/records';
import type { MatchSource } from '../data/match-source';
import { useEntries } from '../data/use-matches';
import type { RetiredService } from './SavedContacts';

/** By saved id; undefined until the records and the successors listed in the directory are read. */
export function useRetiredSaved(
  matches: MatchSource | undefined,
  contacts: readonly SavedContact[] | undefined,
): ReadonlyMap<string, RetiredService> | undefined {
  const records = useMemo(() => {
    if (!matches || !contacts) return undefined;
    const byId = new Map(matches.retired.map((record) => [record.id, record]));
    return contacts.flatMap((contact): Retirement[] => {
      const record = contact.inDirectory ? undefined : byId.get(contact.id);
      return record ? [record] : [];
    });
  }, [matches, contacts]);
  const successors = useEntries(
    matches,
    records?.flatMap((record) => record.successor ?? []),
  );
  return useMemo(() => {
    if (!records || !successors) return undefined;
    const byId = new Map(successors.map((entry) => [entry.service.id, entry.service]));
    return new Map(
      records.map((record) => [
        record.id,
        { record, successor: record.successor === undefined ? undefined : byId.get(record.successor) },
      ]),
    );
  }, [records, successors]);
}
