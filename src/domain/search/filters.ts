/** Filters on search results and topic browsing: each one narrows, an unset one does not. */
import type { LifeStageCode, MunicipalityCode, TopicCode } from '../directory/schema';
import type { MatchEntry } from '../guide/match-table';
import { coversMunicipality } from '../guide/match';
import type { BerlinMoment } from '../hours/berlin-time';
import { openNowCheck } from '../hours/open-now';

export interface SearchFilters {
  municipality?: MunicipalityCode;
  lifeStage?: LifeStageCode;
  topic?: TopicCode;
  /** ISO 639-1 code of a language the service must speak. */
  language?: string;
  openNow?: boolean;
  free?: boolean;
}

export function passesFilters(entry: MatchEntry, filters: SearchFilters, now: BerlinMoment): boolean {
  const { service } = entry;
  if (filters.municipality && !coversMunicipality(service.serviceArea, filters.municipality)) return false;
  if (filters.lifeStage && !service.lifeStages.includes(filters.lifeStage)) return false;
  if (filters.topic && !service.topics.includes(filters.topic)) return false;
  if (filters.language && !service.languages.includes(filters.language)) return false;
  if (filters.free && service.flags.free !== true) return false;
  if (filters.openNow && !openNowCheck(now)(service.schedules)) return false;
  return true;
}
