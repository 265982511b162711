import type { Directory, Service } from '../domain/directory/schema';
import type { PartsStore } from '../domain/sync/parts-sync';
import type { SearchData } from '../domain/search/search-index';
import type { DirectoryEntry } from '../domain/guide/entries';
import type { MatchRow } from '../domain/guide/match-table';
import type {
  ChildRecord,
  ClearReport,
  SavedContact,
  SettingKey,
  Settings,
  StoredDirectoryInfo,
  StoredSearch,
  SyncState,
} from './records';

/**
 * The one door to on-device data. The UI and the sync use this interface only; whether IndexedDB or
 * the in-memory fallback is behind it is visible in `kind` (to tell the family that offline use is
 * not possible in this browser mode), nowhere else.
 */
export interface AppStore extends PartsStore {
  readonly kind: 'indexeddb' | 'memory';

  /** The whole stored directory, read in one transaction (never a mix of two versions). */
  loadDirectory(): Promise<{ directory: Directory; info: StoredDirectoryInfo } | undefined>;
  /**
   * The stored directory's head, or undefined when none is stored or its records are incomplete
   * (their counts differ from the head: evicted in part, tampered with). Answered from a cold start's
   * early read, the counts are not checked: see isStoredComplete.
   */
  readDirectoryInfo(): Promise<StoredDirectoryInfo | undefined>;
  /** False when a directory is stored whose record counts differ from its head (nothing stored: true). */
  isStoredComplete(): Promise<boolean>;
  /**
   * The stored directory's match table (in the directory's order) with its info, read in one
   * transaction: what a screen needs to rank and filter every service without reading their texts.
   */
  loadMatchTable(): Promise<{ rows: MatchRow[]; info: StoredDirectoryInfo } | undefined>;
  /**
   * The full entries of these services, in the order asked (ids the directory lacks left out), or
   * undefined when `version` is no longer the stored directory.
   */
  readEntries(version: string, ids: readonly string[]): Promise<DirectoryEntry[] | undefined>;

  /** The search index stored for this directory version, if one was built. */
  loadSearch(version: string): Promise<SearchData | undefined>;
  /**
   * The stored search index with its version, whatever version that is: an index is stored only for
   * the stored directory and deleted with it, so reading it needs no look at the directory.
   */
  loadStoredSearch(): Promise<StoredSearch | undefined>;
  /** Stores a search index built for a directory version (replacing any other). */
  saveSearch(version: string, data: SearchData): Promise<void>;

  readSyncState(): Promise<SyncState>;
  writeSyncState(state: SyncState): Promise<void>;

  /** Saves (or refreshes) a contact with its organization's contact data as last known copy. */
  saveContact(service: Service): Promise<void>;
  removeSaved(id: string): Promise<boolean>;
  /** In the family's order, each marked whether the current directory still has it. */
  listSaved(): Promise<SavedContact[]>;
  reorderSaved(ids: readonly string[]): Promise<void>;

  /** The timeline's children, oldest entry first. */
  listChildren(): Promise<ChildRecord[]>;
  /** Adds or replaces a child (same id). */
  saveChild(child: ChildRecord): Promise<void>;
  removeChild(id: string): Promise<boolean>;

  getSettings(): Promise<Settings>;
  setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void>;

  /** "Meine Daten löschen": saved contacts, the timeline's children and settings; the directory only when asked. */
  clearMyData(options: { includeDirectory: boolean }): Promise<ClearReport>;

  close(): void;
}

/** Our own error for calls after another tab took over the database; the UI asks for a reload. */
export class StoreClosedError extends Error {
  override readonly name = 'StoreClosedError';
  constructor() {
    super('The on-device database was closed because another tab updated the app.');
  }
}
