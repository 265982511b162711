/**
 * What the search screen lists for a query and filters. Pure: no DOM, so it is table-tested.
 *
 * - A query: the search's order (best first), then the filters.
 * - No query but filters: everything that passes them, ranked like the guide's results (the office
 *   responsible for the chosen town first, then the town, the Kreis, phone and online), grouped.
 * - Neither: nothing yet (the screen shows a hint and the topics instead).
 */
import type { Answers } from '../../domain/guide/answers';
import type { DirectoryEntry } from '../../domain/guide/entries';
import type { MatchReasons } from '../../domain/guide/match';
import type { MatchEntry } from '../../domain/guide/match-table';
import { rankResults, type ResultGroup } from '../../domain/guide/rank';
import type { BerlinMoment } from '../../domain/hours/berlin-time';
import type { OpeningStatus } from '../../domain/hours/opening-status';
import { withLazyStatus } from '../../domain/hours/open-now';
import { passesFilters, passingFilters, type SearchFilters } from '../../domain/search/filters';
import type { DirectorySearch } from '../../domain/search/search-index';
import { tokenize } from '../../domain/search/fold';
import { activeFilterCount, type SearchState } from './search-url';

interface ListedResult<E extends MatchEntry = DirectoryEntry> {
  entry: E;
  reasons?: MatchReasons;
  /** Worked out when first read: only the cards on screen need it. */
  readonly status: OpeningStatus;
  group?: ResultGroup;
}

export interface SearchOutcome<E extends MatchEntry = DirectoryEntry> {
  /** idle: nothing asked yet; results: a list (possibly empty). */
  kind: 'idle' | 'results';
  results: ListedResult<E>[];
  /** True when the list is in the guide's groups (no query, filters only). */
  grouped: boolean;
}

export interface SearchContext {
  /** The UI language: services that speak it come first among equals. */
  language: string;
  now: BerlinMoment;
}

export function hasQuery(query: string): boolean {
  return tokenize(query).length > 0;
}

/** The filters as guide answers, so the same ranking (responsible office first) applies. */
export function filtersAsAnswers(filters: SearchFilters): Answers {
  return {
    ...(filters.municipality && { municipality: filters.municipality }),
    lifeStages: filters.lifeStage ? [filters.lifeStage] : [],
    topics: filters.topic ? [filters.topic] : [],
  };
}

export function searchOutcome(
  entries: readonly DirectoryEntry[],
  search: DirectorySearch,
  state: SearchState,
  context: SearchContext,
): SearchOutcome {
  const found = hasQuery(state.query) ? search.search(state.query).map(({ entry }) => entry) : [];
  return outcomeOf(entries, found, state, context);
}

/**
 * The same, given what the query found (best first; the search worker's answer). Ranks and filters
 * rows of the match table as well as full entries.
 */
export function outcomeOf<E extends MatchEntry>(
  entries: readonly E[],
  found: readonly E[],
  state: SearchState,
  context: SearchContext,
): SearchOutcome<E> {
  const { filters } = state;
  if (hasQuery(state.query)) {
    const results = passingFilters(found, filters, context.now).map((entry) =>
      withLazyStatus({ entry }, entry.service.schedules, context.now),
    );
    return { kind: 'results', results, grouped: false };
  }
  if (activeFilterCount(filters) === 0) return { kind: 'idle', results: [], grouped: false };
  const results = rankResults(entries, filtersAsAnswers(filters), context).filter(({ entry }) =>
    passesFilters(entry, filters, context.now),
  );
  return { kind: 'results', results, grouped: true };
}
