import type { DBSchema } from 'idb';
import type {
  OrganizationRecord,
  SavedRecord,
  ServiceRecord,
  Settings,
  StoredDirectoryInfo,
  SyncState,
} from './records';

/** The database's name on every phone. Never rename: it would orphan the families' saved contacts. */
export const DB_NAME = 'bruecken-fuer-familien';

/** The current shape (the newest migration step's result). */
export interface BffDB extends DBSchema {
  /** Published directory, one record per service. */
  services: { key: string; value: ServiceRecord };
  organizations: { key: string; value: OrganizationRecord };
  /** "directory" → StoredDirectoryInfo (written in the same transaction as the records); "sync" → SyncState. */
  meta: { key: 'directory'; value: StoredDirectoryInfo } | { key: 'sync'; value: SyncState };
  /** The family's Merkliste; never touched by directory updates except to refresh snapshots. */
  saved: { key: string; value: SavedRecord };
  settings: { key: keyof Settings; value: Settings[keyof Settings] };
  /** The published parts the stored directory was joined from (SHA-256 → the part's text), so an update fetches only new ones. */
  parts: { key: string; value: string };
}
