import { useEffect, useState } from 'preact/hooks';
import type { Directory } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { useDirectoryState } from './use-directory';
import type { DirectoryState } from './directory-state';
import { matchesOf, type MatchSource } from './match-source';

export interface MatchesView {
  state: DirectoryState;
  /** Undefined until the match table (or the whole directory) has been read. */
  matches: MatchSource | undefined;
}

/**
 * The view of a screen that ranks and lists services (results, search, topics): the match table read
 * from storage, or the whole directory when it is in memory already (another screen read it, or it
 * could not be stored). Never reads the whole directory by itself.
 */
export function useMatches(): MatchesView {
  const state = useDirectoryState('matches');
  return { state, matches: matchesOf(state) };
}

/**
 * One service's full entry, read by id (the detail screen): undefined while it is read, or when the
 * match table does not list it.
 */
export function useEntry(matches: MatchSource | undefined, id: string): DirectoryEntry | undefined {
  const [, setRead] = useState(0);
  useEffect(() => {
    if (!matches || matches.known(id) || !matches.rows.some((row) => row.id === id)) return;
    let current = true;
    matches
      .read([id])
      .then(() => current && setRead((n) => n + 1))
      .catch((error: unknown) => console.warn('The service could not be read', error));
    return () => {
      current = false;
    };
  }, [matches, id]);
  return matches?.known(id);
}

/** The whole directory, read only when `wanted` (a service the directory no longer lists: its retirement record). */
export function useWholeDirectory(matches: MatchSource | undefined, wanted: boolean): Directory | undefined {
  const [whole, setWhole] = useState<{ matches: MatchSource; directory: Directory | undefined }>();
  useEffect(() => {
    if (!matches || !wanted) return;
    let current = true;
    matches
      .directory()
      .then((directory) => current && setWhole({ matches, directory }))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [matches, wanted]);
  return whole !== undefined && whole.matches === matches ? whole.directory : undefined;
}
