/**
 * The local contact for a timeline item: the guide's own matching and ranking (src/domain/guide)
 * for the family's town, the item's topic and life stage, so the office responsible for the town
 * comes first exactly as in the results. An item that names a role or sector takes the first
 * result with it. Ranks full entries or the match table's rows alike.
 */
import type { MunicipalityCode } from '../directory/schema';
import type { MatchEntry } from '../guide/match-table';
import { rankResults, type RankedResult } from '../guide/rank';
import type { BerlinMoment } from '../hours/berlin-time';
import type { TimelineContact } from './schema';

export function contactsFor<E extends MatchEntry>(
  contact: TimelineContact,
  municipality: MunicipalityCode | undefined,
  entries: readonly E[],
  options: { language?: string; now: BerlinMoment },
): RankedResult<E>[] {
  const ranked = rankResults(
    entries,
    {
      ...(municipality ? { municipality } : {}),
      topics: [contact.topic],
      lifeStages: contact.lifeStage ? [contact.lifeStage] : [],
    },
    options,
  );
  const fits = (result: RankedResult<E>) =>
    (contact.role === undefined || result.entry.service.role === contact.role) &&
    (contact.sector === undefined || result.entry.service.sector === contact.sector);
  return [...ranked.filter(fits), ...ranked.filter((result) => !fits(result))];
}
