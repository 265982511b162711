import { useEffect, useState } from 'preact/hooks';
import type { Directory } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { hasQuery } from './search-results';
import { findEntries } from './search-in-worker';

export interface Found {
  directory: Directory;
  query: string;
  entries: DirectoryEntry[];
}

/**
 * What the query finds, once the search worker has answered (undefined before the first answer).
 * The previous answer stays until the next one arrives, so the list does not flash empty while typing.
 */
export function useFound(directory: Directory | undefined, query: string): Found | undefined {
  const [found, setFound] = useState<Found | undefined>(undefined);
  useEffect(() => {
    if (!directory || !hasQuery(query)) return;
    let current = true;
    findEntries(directory, query)
      .then((entries) => current && setFound({ directory, query, entries }))
      .catch(() => current && setFound({ directory, query, entries: [] }));
    return () => {
      current = false;
    };
  }, [directory, query]);
  return found?.directory === directory ? found : undefined;
}
