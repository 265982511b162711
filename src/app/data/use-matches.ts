import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
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

const listedOf = new WeakMap<MatchSource, ReadonlySet<string>>();

/** The ids of the services the match table lists (worked out once per table). */
export function listedIds(matches: MatchSource): ReadonlySet<string> {
  let listed = listedOf.get(matches);
  if (!listed) {
    listed = new Set(matches.rows.map((row) => row.id));
    listedOf.set(matches, listed);
  }
  return listed;
}

/**
 * One service's full entry, read by id (the detail screen): undefined while it is read, or when the
 * match table does not list it.
 */
export function useEntry(matches: MatchSource | undefined, id: string): DirectoryEntry | undefined {
  const [, setRead] = useState(0);
  useEffect(() => {
    if (!matches || matches.known(id) || !listedIds(matches).has(id)) return;
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

/** What a screen can show of these services now, and which of them are still to be read. */
export interface EntriesFor {
  /**
   * The full entries in the order of the ids (ids the table does not list left out), or undefined
   * while one it lists is still to be read.
   */
  entries: DirectoryEntry[] | undefined;
  /** Listed ids whose entries have not been read yet. */
  unread: string[];
}

export function entriesFor(matches: MatchSource, ids: readonly string[]): EntriesFor {
  const listed = listedIds(matches);
  const entries: DirectoryEntry[] = [];
  const unread: string[] = [];
  for (const id of ids) {
    if (!listed.has(id)) continue;
    const entry = matches.known(id);
    if (entry) entries.push(entry);
    else if (!unread.includes(id)) unread.push(id);
  }
  return { entries: unread.length === 0 ? entries : undefined, unread };
}

/**
 * The full entries of a few services, read by id (the Merkliste's retirement notes, the emergency
 * duty, visit mode, the timeline's contacts), in the order of `ids`, without those the match table
 * does not list: undefined while the table or a listed service is still being read. Never reads the
 * whole directory.
 */
export function useEntries(
  matches: MatchSource | undefined,
  ids: readonly string[] | undefined,
): readonly DirectoryEntry[] | undefined {
  const [read, setRead] = useState(0);
  // The ids by value: screens pass a new list of the same ids at every render.
  const key = ids === undefined ? undefined : JSON.stringify(ids);
  const wanted = useMemo(() => (key === undefined ? undefined : (JSON.parse(key) as string[])), [key]);
  useEffect(() => {
    if (!matches || !wanted) return;
    const { unread } = entriesFor(matches, wanted);
    if (unread.length === 0) return;
    let current = true;
    matches
      .read(unread)
      .then(() => current && setRead((n) => n + 1))
      .catch((error: unknown) => console.warn('The services could not be read', error));
    return () => {
      current = false;
    };
  }, [matches, wanted]);
  const entries = useMemo(
    () => (matches && wanted ? entriesFor(matches, wanted).entries : undefined),
    // `read`: entries read since the last render are known now.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [matches, wanted, read],
  );
  // A new table (an update, a language's texts added) is read again: the same services stay on screen
  // meanwhile, as they did while a new directory was read, instead of a moment of "loading".
  const shown = useRef<{ key: string; entries: readonly DirectoryEntry[] }>(undefined);
  if (entries && key !== undefined) shown.current = { key, entries };
  else if (matches && key !== undefined && shown.current?.key === key) return shown.current.entries;
  return entries;
}
