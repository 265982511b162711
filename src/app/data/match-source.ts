/**
 * The services a results, search or topic page ranks, as a match table (src/domain/guide/match-table.ts),
 * and the full services of the cards it shows, read by id when a card needs them. From storage at a
 * cold start (a few hundred bytes per service instead of the whole directory), or from a directory
 * already in memory (another screen loaded it, or it could not be stored).
 */
import type { Directory, Retirement } from '../../domain/directory/schema';
import { directoryEntries, type DirectoryEntry } from '../../domain/guide/entries';
import { matchTable, type MatchRow } from '../../domain/guide/match-table';
import type { StoredDirectoryInfo } from '../../storage/records';
import type { AppStore } from '../../storage/store';
import type { DirectoryState } from './directory-state';

/** Full entries of the services on screen, read when they are first needed. */
export interface EntrySource {
  /** The full entry, when it has been read. */
  known(id: string): DirectoryEntry | undefined;
  /** Reads these services (those not known yet); resolves once they are known. */
  read(ids: readonly string[]): Promise<void>;
}

export interface MatchSource extends EntrySource {
  version: string;
  meta: Directory['meta'];
  /** In the directory's order: row n is the search's document n. */
  rows: readonly MatchRow[];
  /** The editors' records of services the directory no longer has (from the small head record). */
  retired: readonly Retirement[];
  /** The whole directory: only for searching on the page when the search worker cannot. */
  directory(): Promise<Directory | undefined>;
}

/** The match table read from storage; the services are read by id, from the same version only. */
export function storedMatches(store: AppStore, rows: MatchRow[], info: StoredDirectoryInfo): MatchSource {
  const version = info.version;
  const known = new Map<string, DirectoryEntry>();
  /** Reads under way, by service id: a card asked for twice is read once. */
  const reading = new Map<string, Promise<void>>();
  let whole: Promise<Directory | undefined> | undefined;
  return {
    version,
    meta: info.head.meta,
    rows,
    retired: info.head.retired ?? [],
    known: (id) => known.get(id),
    async read(ids) {
      const missing = ids.filter((id) => !known.has(id) && !reading.has(id));
      const waiting = ids.flatMap((id) => reading.get(id) ?? []);
      if (missing.length > 0) {
        // Another version stored meanwhile: nothing to read here; the page gets the new table shortly.
        const read = store.readEntries(version, missing).then((entries) => {
          for (const entry of entries ?? []) known.set(entry.service.id, entry);
        });
        const settled = read.finally(() => missing.forEach((id) => reading.delete(id)));
        for (const id of missing) reading.set(id, settled);
        waiting.push(settled);
      }
      await Promise.all(waiting);
    },
    directory() {
      whole ??= store
        .loadDirectory()
        .then((loaded) => (loaded?.info.version === version ? loaded.directory : undefined));
      return whole;
    },
  };
}

const ofDirectory = new WeakMap<Directory, MatchSource>();

/** The same view of a directory that is in memory already: every service is known at once. */
function directoryMatches(directory: Directory): MatchSource {
  let source = ofDirectory.get(directory);
  if (!source) {
    const byId = new Map(directoryEntries(directory).map((entry) => [entry.service.id, entry]));
    source = {
      version: directory.meta.version,
      meta: directory.meta,
      rows: matchTable(directory),
      retired: directory.retired ?? [],
      known: (id) => byId.get(id),
      read: async () => undefined,
      directory: async () => directory,
    };
    ofDirectory.set(directory, source);
  }
  return source;
}

/** What a ranking screen ranks: the whole directory when it is in memory already, else the match table. */
export function matchesOf(state: DirectoryState): MatchSource | undefined {
  return state.directory ? directoryMatches(state.directory) : state.matches;
}
