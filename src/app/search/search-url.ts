/**
 * The search screen's state lives in its address, so a search is a link someone can open again or
 * send: /suche?q=kita+platz&town=boenen&stage=baby&topic=childcare&speaks=tr&open=1&free=1
 *
 * The spoken-language filter is `speaks`, not `lang`: `?lang=` on any address switches the app's
 * own language (see app/i18n), and a shared "speaks Turkish" search must not turn the app Turkish.
 */
import taxonomy from '../../domain/taxonomy.json';
import type { SearchFilters } from '../../domain/search/filters';

export interface SearchState {
  query: string;
  filters: SearchFilters;
}

const TOWNS: ReadonlySet<string> = new Set(taxonomy.municipalities.map((m) => m.code));
const STAGES: ReadonlySet<string> = new Set(taxonomy.lifeStages.map((l) => l.code));
const TOPICS: ReadonlySet<string> = new Set(taxonomy.topics.map((t) => t.code));

/** Longest query kept from an address: enough for any real search, not for abuse of the index. */
export const MAX_QUERY_LENGTH = 200;

const known = (set: ReadonlySet<string>, value: string | undefined) =>
  value !== undefined && set.has(value) ? value : undefined;

/** Reads the state from the query parameters; unknown codes are dropped rather than trusted. */
export function parseSearchState(query: Readonly<Record<string, string | undefined>>): SearchState {
  const filters: SearchFilters = {};
  const town = known(TOWNS, query.town);
  const stage = known(STAGES, query.stage);
  const topic = known(TOPICS, query.topic);
  const speaks = query.speaks?.toLowerCase();
  if (town) filters.municipality = town;
  if (stage) filters.lifeStage = stage;
  if (topic) filters.topic = topic;
  if (speaks && /^[a-z]{2}$/.test(speaks)) filters.language = speaks;
  if (query.open === '1') filters.openNow = true;
  if (query.free === '1') filters.free = true;
  return { query: (query.q ?? '').slice(0, MAX_QUERY_LENGTH), filters };
}

/** The address for a state; empty parts are left out, so a fresh search is just /suche. */
export function searchUrl(state: SearchState, path = '/suche'): string {
  const params = new URLSearchParams();
  const { query, filters } = state;
  if (query.trim() !== '') params.set('q', query);
  if (filters.municipality) params.set('town', filters.municipality);
  if (filters.lifeStage) params.set('stage', filters.lifeStage);
  if (filters.topic) params.set('topic', filters.topic);
  if (filters.language) params.set('speaks', filters.language);
  if (filters.openNow) params.set('open', '1');
  if (filters.free) params.set('free', '1');
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** How many filters narrow the list (shown next to "Filter"). */
export function activeFilterCount(filters: SearchFilters): number {
  return Object.values(filters).filter((value) => value !== undefined && value !== false).length;
}
