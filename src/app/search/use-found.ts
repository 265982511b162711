import { useLayoutEffect, useState } from 'preact/hooks';
import type { MatchRow } from '../../domain/guide/match-table';
import type { MatchSource } from '../data/match-source';
import { hasQuery } from './search-results';
import { askEarly, findRows, startSearchWorker } from './search-in-worker';

export interface Found {
  matches: MatchSource;
  query: string;
  entries: MatchRow[];
}

/**
 * What the query finds, once the search worker has answered (undefined before the first answer).
 * The previous answer stays until the next one arrives, so the list does not flash empty while typing.
 */
export function useFound(
  matches: MatchSource | undefined,
  query: string,
  version: string | undefined,
): Found | undefined {
  const [found, setFound] = useState<Found | undefined>(undefined);
  // A query before anything is read: the worker starts (and reads the stored index) at once; once the
  // stored version is known (before its match table has been read), it works on the query meanwhile.
  useLayoutEffect(() => {
    if (matches || !hasQuery(query)) return;
    if (version === undefined) startSearchWorker();
    else askEarly(version, query);
  }, [matches, version, query]);
  // Asked in the task that rendered (a layout effect), not after the next paint.
  useLayoutEffect(() => {
    if (!matches || !hasQuery(query)) return;
    let current = true;
    findRows(matches, query)
      .then((entries) => current && setFound({ matches, query, entries }))
      .catch(() => current && setFound({ matches, query, entries: [] }));
    return () => {
      current = false;
    };
  }, [matches, query]);
  return found?.matches === matches ? found : undefined;
}
