import type { DBSchema } from 'idb';
import type { MatchRow } from '../domain/guide/match-table';
import type {
  ChildRecord,
  OrganizationRecord,
  SavedRecord,
  ServiceRecord,
  Settings,
  StoredDirectoryInfo,
  StoredSearch,
  SyncState,
} from './records';

/** The database's name on every phone. Never rename: it would orphan the families' saved contacts. */
export const DB_NAME = 'bruecken-fuer-familien';

/**
 * The database's version this code reads (migrations.ts: DB_VERSION, the number of its steps; a unit
 * test keeps the two equal). Here without the migration code, for the first screen's early read
 * (early-read.ts).
 */
export const CURRENT_VERSION = 6;

/** The current shape (the newest migration step's result). */
export interface BffDB extends DBSchema {
  /** Published directory, one record per service. */
  services: { key: string; value: ServiceRecord };
  organizations: { key: string; value: OrganizationRecord };
  /**
   * The match table: per service what matching, ranking and the filters read, written in the same
   * transaction as the services, so screens rank on it and read only the services they show.
   */
  match: { key: string; value: MatchRow };
  /**
   * The same table as a few JSON texts (records.ts, `matchPartsOf`), keyed 0, 1, …: what a page reads
   * at a cold start. Written in the same transaction as `match` and the services.
   */
  matchParts: { key: number; value: string };
  /**
   * "directory" → StoredDirectoryInfo (written in the same transaction as the records); "sync" → SyncState;
   * "search" → the search index built for the stored directory (StoredSearch), written after it.
   */
  meta:
    | { key: 'directory'; value: StoredDirectoryInfo }
    | { key: 'sync'; value: SyncState }
    | { key: 'search'; value: StoredSearch };
  /** The family's Merkliste; never touched by directory updates except to refresh snapshots. */
  saved: { key: string; value: SavedRecord };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
  /** The timeline's children: dates of birth or due dates, only on this phone. */
  children: { key: string; value: ChildRecord };
  /** The published parts the stored directory was joined from (SHA-256 → the part's text), so an update fetches only new ones. */
  parts: { key: string; value: string };
}
