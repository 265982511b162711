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
