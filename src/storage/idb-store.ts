import type { IDBPDatabase, IDBPObjectStore } from 'idb';
import type { Directory, Service } from '../domain/directory/schema';
import { entryOf, type DirectoryEntry } from '../domain/guide/entries';
import type { MatchRow } from '../domain/guide/match-table';
import type { SearchData } from '../domain/search/search-index';
import { dropsLanguages, keepsStored } from '../domain/sync/order';
import type { Holding } from '../domain/sync/parts-sync';
import type { DirectoryInfo, ReplaceResult } from '../domain/sync/ports';
import type { BffDB } from './db-schema';
import type { EarlyRead, EarlySnapshot } from './early-read';
import { adoptDatabase, openDatabase, type OpenOptions } from './migrations';
import {
  bySavedOrder,
  fromRecords,
  headOf,
  MATCH_PART_ROWS,
  matchPartsOf,
  reorder,
  snapshotOf,
  toRecords,
  type ChildRecord,
  type ClearReport,
  type SavedContact,
  type SettingKey,
  type Settings,
  type StoredDirectoryInfo,
  type StoredSearch,
  type SyncState,
} from './records';
import { StoreClosedError, type AppStore } from './store';

/**
 * Opens the IndexedDB-backed store. Rejects when IndexedDB cannot be used (see open-store.ts).
 * If the browser closes the connection under us (site data cleared, storage evicted), the next call
 * opens the database again, empty, so a sync can download the directory once more.
 */
export async function openIdbStore(options: OpenOptions = {}, early?: EarlyRead): Promise<AppStore> {
  let closed = false;
  const watched: OpenOptions = {
    ...options,
    onVersionChange: () => {
      closed = true;
      options.onVersionChange?.();
    },
    onTerminated: () => {
      connection = undefined;
      options.onTerminated?.();
    },
  };
  const open = (): Promise<IDBPDatabase<BffDB>> => openDatabase(watched);
  // The first screen's early read already opened the database at this version: take its connection and
  // what it read, unless another tab asked to upgrade meanwhile (then it is closed: open as usual).
  const adopted = early?.isOpen() === true;
  let connection: Promise<IDBPDatabase<BffDB>> | undefined = adopted
    ? Promise.resolve(adoptDatabase(early.db, watched))
    : open();
  await connection;
  const live = (): Promise<IDBPDatabase<BffDB>> => {
    if (closed) return Promise.reject(new StoreClosedError());
    connection ??= open();
    return connection;
  };
  return new IdbStore(
    live,
    () => {
      closed = true;
      void connection?.then((db) => db.close());
    },
    adopted ? early.snapshot : undefined,
  );
}

/**
 * Services and organizations are read in parts of this many: the browser turns each part into objects
 * in its own task, so reading thousands never blocks the page for long (all parts in one
 * transaction: still all-old or all-new).
 */
export const READ_PART = 200;

type DirectoryStore = 'services' | 'organizations' | 'match';

async function readAll<S extends DirectoryStore>(
  store: IDBPObjectStore<BffDB, ('meta' | DirectoryStore)[], S>,
): Promise<BffDB[S]['value'][]> {
  const records: BffDB[S]['value'][] = [];
  let after: string | undefined;
  for (;;) {
    const part = await store.getAll(after === undefined ? null : IDBKeyRange.lowerBound(after, true), READ_PART);
    for (const record of part) records.push(record);
    if (part.length < READ_PART) return records;
    after = part[part.length - 1]!.id;
  }
}

/** How long parsing the table may hold the page before it lets other work run. */
const PARSE_SLICE_MS = 40;

/**
 * The match table from its stored texts, parsed in slices of about 40 ms (the page stays responsive),
 * or undefined when they do not hold exactly `services` rows in order. A slice per part (500 rows,
 * 10 ms with a 4× slower CPU) made ten waits for a timer, each letting other work in first: the
 * table of 5,000 services was parsed over 250 ms for 100 ms of work, on the way to the first card.
 */
async function parsedParts(texts: readonly string[], services: number): Promise<MatchRow[] | undefined> {
  if (texts.length !== Math.ceil(services / MATCH_PART_ROWS)) return undefined;
  const rows: MatchRow[] = [];
  let slice = performance.now();
  for (const text of texts) {
    if (performance.now() - slice > PARSE_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve));
      slice = performance.now();
    }
    let part: unknown;
    try {
      part = JSON.parse(text);
    } catch {
      return undefined;
    }
    if (!Array.isArray(part)) return undefined;
    for (const row of part as MatchRow[]) rows.push(row);
  }
  return rows.length === services && rows.every((row, i) => row?.order === i) ? rows : undefined;
}

/** A directory whose record counts do not match its meta is incomplete (evicted, tampered): treat as absent. */
function isComplete(info: StoredDirectoryInfo | undefined, services: number, organizations: number): boolean {
  return info !== undefined && info.counts.services === services && info.counts.organizations === organizations;
}

/** What the early read answers: each of the first reads once (the start-up's), before any write through the store. */
type EarlyAnswer = 'info' | 'table' | 'sync';

class IdbStore implements AppStore {
  readonly kind = 'indexeddb' as const;
  private readonly unanswered = new Set<EarlyAnswer>(['info', 'table', 'sync']);

  constructor(
    private readonly db: () => Promise<IDBPDatabase<BffDB>>,
    readonly close: () => void,
    private early?: EarlySnapshot,
  ) {}

  /**
   * The early read for this first read, if it has not been answered from it yet. A second read of the
   * same kind (a refresh) ends the early read for every kind, so a later read never mixes it with newer data.
   */
  private fromEarly(answer: EarlyAnswer): EarlySnapshot | undefined {
    const snapshot = this.early;
    if (!snapshot) return undefined;
    if (!this.unanswered.delete(answer)) {
      this.early = undefined;
      return undefined;
    }
    if (this.unanswered.size === 0) this.early = undefined;
    return snapshot;
  }

  /** A write through this store: the early read no longer says what is stored. */
  private forgetEarly(): void {
    this.early = undefined;
  }

  async currentVersion(): Promise<string | undefined> {
    return (await this.readDirectoryInfo())?.version;
  }

  async readDirectoryInfo(): Promise<StoredDirectoryInfo | undefined> {
    // The early read did not count the records (isStoredComplete does, once the page is idle).
    const early = this.fromEarly('info');
    if (early) return early.info;
    const { info, complete } = await this.countedInfo();
    return complete ? info : undefined;
  }

  async isStoredComplete(): Promise<boolean> {
    const { info, complete } = await this.countedInfo();
    return info === undefined || complete;
  }

  /** The head with the records counted against it, in one transaction. */
  private async countedInfo(): Promise<{ info: StoredDirectoryInfo | undefined; complete: boolean }> {
    const tx = (await this.db()).transaction(['meta', 'services', 'organizations']);
    const [info, services, organizations] = await Promise.all([
      tx.objectStore('meta').get('directory') as Promise<StoredDirectoryInfo | undefined>,
      tx.objectStore('services').count(),
      tx.objectStore('organizations').count(),
      tx.done,
    ]);
    return { info, complete: isComplete(info, services, organizations) };
  }

  async readHolding(): Promise<Holding | undefined> {
    const info = await this.readDirectoryInfo();
    return info ? { version: info.version, languages: info.languages } : undefined;
  }

  async readParts(hashes: readonly string[]): Promise<Map<string, string>> {
    const tx = (await this.db()).transaction('parts');
    const texts = await Promise.all(hashes.map((hash) => tx.store.get(hash)));
    await tx.done;
    const found = new Map<string, string>();
    hashes.forEach((hash, i) => {
      const text = texts[i];
      if (typeof text === 'string') found.set(hash, text);
    });
    return found;
  }

  async loadMatchTable(): Promise<{ rows: MatchRow[]; info: StoredDirectoryInfo } | undefined> {
    // The early read's head and table come without counting the organizations (see readDirectoryInfo).
    const early = this.fromEarly('table');
    if (early) return early.info ? this.tableFrom(early.info, early.matchParts) : undefined;
    const [info, texts, organizations] = await this.readMatchParts();
    if (!info || info.counts.organizations !== organizations) return undefined;
    return this.tableFrom(info, texts);
  }

  /**
   * The table parsed from its texts after the transaction, in slices. Parts that do not hold the
   * directory's rows in order (written by hand, cut short): the rows themselves, in a transaction of their own.
   */
  private async tableFrom(
    info: StoredDirectoryInfo,
    texts: readonly string[],
  ): Promise<{ rows: MatchRow[]; info: StoredDirectoryInfo } | undefined> {
    const rows = await parsedParts(texts, info.counts.services);
    return rows ? { rows, info } : this.loadMatchRows();
  }

  private async readMatchParts() {
    const tx = (await this.db()).transaction(['meta', 'matchParts', 'organizations']);
    const [info, texts, organizations] = await Promise.all([
      tx.objectStore('meta').get('directory') as Promise<StoredDirectoryInfo | undefined>,
      tx.objectStore('matchParts').getAll(),
      tx.objectStore('organizations').count(),
      tx.done,
    ]);
    return [info, texts, organizations] as const;
  }

  /** The match table from its rows (one record per service), read in parts. */
  private async loadMatchRows(): Promise<{ rows: MatchRow[]; info: StoredDirectoryInfo } | undefined> {
    const tx = (await this.db()).transaction(['meta', 'match', 'organizations']);
    const [info, rows, organizations] = await Promise.all([
      tx.objectStore('meta').get('directory') as Promise<StoredDirectoryInfo | undefined>,
      readAll(tx.objectStore('match')),
      tx.objectStore('organizations').count(),
      tx.done,
    ]);
    if (!info || !isComplete(info, rows.length, organizations)) return undefined;
    // Stored by id: put back into the directory's order.
    return { rows: rows.sort((a, b) => a.order - b.order), info };
  }

  async readEntries(version: string, ids: readonly string[]): Promise<DirectoryEntry[] | undefined> {
    const tx = (await this.db()).transaction(['meta', 'services', 'organizations', 'match']);
    const services = tx.objectStore('services');
    const matches = tx.objectStore('match');
    const [info, records, rows] = await Promise.all([
      tx.objectStore('meta').get('directory') as Promise<StoredDirectoryInfo | undefined>,
      Promise.all(ids.map((id) => services.get(id))),
      Promise.all(ids.map((id) => matches.get(id))),
    ]);
    if (info?.version !== version) {
      await tx.done;
      return undefined;
    }
    const organizationIds = [...new Set(records.flatMap((record) => (record ? [record.organizationId] : [])))];
    const organizations = new Map(
      (await Promise.all(organizationIds.map((id) => tx.objectStore('organizations').get(id)))).flatMap((record) =>
        record ? [[record.id, record.organization] as const] : [],
      ),
    );
    await tx.done;
    return records.flatMap((record, i) => {
      const organization = record && organizations.get(record.organizationId);
      const order = rows[i]?.order;
      return record && organization && order !== undefined ? [entryOf(record.service, organization, order)] : [];
    });
  }

  async loadDirectory(): Promise<{ directory: Directory; info: StoredDirectoryInfo } | undefined> {
    // The whole directory is read instead of the table: the early read is of no more use.
    this.forgetEarly();
    const tx = (await this.db()).transaction(['meta', 'services', 'organizations']);
    const [info, services, organizations] = await Promise.all([
      tx.objectStore('meta').get('directory') as Promise<StoredDirectoryInfo | undefined>,
      readAll(tx.objectStore('services')),
      readAll(tx.objectStore('organizations')),
      tx.done,
    ]);
    if (!info || !isComplete(info, services.length, organizations.length)) return undefined;
    return { directory: fromRecords(info.head, organizations, services), info };
  }

  /**
   * The atomic replace: one readwrite transaction clears and refills the directory stores, refreshes
   * saved-contact snapshots, stores the new parts and drops the parts no longer used (a directory
   * synced in parts), and writes the meta last. IndexedDB commits a transaction entirely or not
   * at all, so a closed tab, a crash or a failed put leaves the previous directory untouched, and
   * readers (their own transactions) see all-old or all-new.
   */
  async replaceDirectory(
    directory: Directory,
    info: DirectoryInfo,
    seen?: { version: string | undefined },
    newParts?: ReadonlyMap<string, string>,
  ): Promise<ReplaceResult> {
    this.forgetEarly();
    const records = toRecords(directory);
    const tx = (await this.db()).transaction(
      ['meta', 'services', 'organizations', 'match', 'matchParts', 'saved', 'parts'],
      'readwrite',
    );
    const pending: Promise<unknown>[] = [tx.done];
    try {
      // Read the stored head and the Merkliste first, so every write below is queued without a pause
      // in between; the compare-and-swap is decided inside this transaction, before any write.
      const saved = tx.objectStore('saved');
      const parts = tx.objectStore('parts');
      const [before, contacts, partKeys] = await Promise.all([
        tx.objectStore('meta').get('directory') as Promise<StoredDirectoryInfo | undefined>,
        saved.getAll(),
        parts.getAllKeys(),
      ]);
      if (before && (keepsStored(info, before, seen) || dropsLanguages(info, before))) {
        abortQuietly(tx, pending);
        return { replaced: false, newer: { version: before.version, generatedAt: before.generatedAt } };
      }
      const services = tx.objectStore('services');
      const organizations = tx.objectStore('organizations');
      // The old directory's search index goes with it; the new one's is built after this write.
      const matches = tx.objectStore('match');
      const matchParts = tx.objectStore('matchParts');
      pending.push(
        services.clear(),
        organizations.clear(),
        matches.clear(),
        matchParts.clear(),
        tx.objectStore('meta').delete('search'),
      );
      for (const record of records.organizations) pending.push(organizations.put(record));
      for (const record of records.services) pending.push(services.put(record));
      for (const row of records.matches) pending.push(matches.put(row));
      matchPartsOf(records.matches).forEach((text, part) => pending.push(matchParts.put(text, part)));

      const byId = new Map(records.services.map((r) => [r.id, r]));
      const orgs = new Map(records.organizations.map((r) => [r.id, r.organization]));
      for (const contact of contacts) {
        const fresh = byId.get(contact.id);
        if (!fresh) continue; // gone from the directory: keep the last known copy as it is
        const snapshot = snapshotOf(fresh.service, orgs.get(fresh.organizationId), info.version);
        pending.push(saved.put({ ...contact, snapshot }));
      }
      // The parts of this version: new ones stored, those no version uses any more removed (a
      // directory stored whole uses none).
      const used = new Set(info.parts ?? []);
      for (const [hash, text] of newParts ?? []) if (used.has(hash)) pending.push(parts.put(text, hash));
      for (const key of partKeys) if (!used.has(key)) pending.push(parts.delete(key));
      const stored: StoredDirectoryInfo = { ...info, head: headOf(directory), counts: records.counts };
      pending.push(tx.objectStore('meta').put(stored, 'directory'));
    } catch (error) {
      abortQuietly(tx, pending);
      throw tx.error ?? error;
    }
    try {
      await Promise.all(pending);
    } catch (error) {
      // The transaction's own error names the cause (e.g. QuotaExceededError), not the AbortError of a request.
      throw tx.error ?? error;
    }
    return { replaced: true };
  }

  async loadSearch(version: string): Promise<SearchData | undefined> {
    const stored = await this.loadStoredSearch();
    return stored?.version === version ? stored.data : undefined;
  }

  async loadStoredSearch(): Promise<StoredSearch | undefined> {
    return (await (await this.db()).get('meta', 'search')) as StoredSearch | undefined;
  }

  async saveSearch(version: string, data: SearchData): Promise<void> {
    const stored: StoredSearch = { version, data };
    await (await this.db()).put('meta', stored, 'search');
  }

  async readSyncState(): Promise<SyncState> {
    const early = this.fromEarly('sync');
    if (early) return early.sync ?? {};
    const db = await this.db();
    return ((await db.get('meta', 'sync')) as SyncState | undefined) ?? {};
  }

  async writeSyncState(state: SyncState): Promise<void> {
    this.forgetEarly();
    const db = await this.db();
    await db.put('meta', state, 'sync');
  }

  async saveContact(service: Service): Promise<void> {
    const tx = (await this.db()).transaction(['saved', 'services', 'organizations', 'meta'], 'readwrite');
    const stored = await tx.objectStore('services').get(service.id);
    const organization = stored ? await tx.objectStore('organizations').get(stored.organizationId) : undefined;
    const info = (await tx.objectStore('meta').get('directory')) as StoredDirectoryInfo | undefined;
    const saved = tx.objectStore('saved');
    const existing = await saved.get(service.id);
    const position = existing?.position ?? (await saved.count());
    const snapshot = snapshotOf(stored?.service ?? service, organization?.organization, info?.version);
    const savedName = existing?.savedName ?? snapshot.service.name;
    await saved.put({ id: service.id, position, savedAt: existing?.savedAt ?? Date.now(), snapshot, savedName });
    await tx.done;
  }

  removeSaved(id: string): Promise<boolean> {
    return this.removeRecord('saved', id);
  }

  async listSaved(): Promise<SavedContact[]> {
    const tx = (await this.db()).transaction(['saved', 'services']);
    const records = (await tx.objectStore('saved').getAll()).sort(bySavedOrder);
    const present = await Promise.all(records.map((r) => tx.objectStore('services').count(r.id)));
    await tx.done;
    return records.map((record, i) => ({ ...record, inDirectory: (present[i] ?? 0) > 0 }));
  }

  async reorderSaved(ids: readonly string[]): Promise<void> {
    const tx = (await this.db()).transaction('saved', 'readwrite');
    const next = reorder((await tx.store.getAll()).sort(bySavedOrder), ids);
    await Promise.all([...next.map((record) => tx.store.put(record)), tx.done]);
  }

  async listChildren(): Promise<ChildRecord[]> {
    const children = await (await this.db()).getAll('children');
    return children.sort((a, b) => a.savedAt - b.savedAt);
  }

  async saveChild(child: ChildRecord): Promise<void> {
    await (await this.db()).put('children', child);
  }

  removeChild(id: string): Promise<boolean> {
    return this.removeRecord('children', id);
  }

  /** Deletes one record the family kept; true when it was there. */
  private async removeRecord(store: 'saved' | 'children', id: string): Promise<boolean> {
    const tx = (await this.db()).transaction(store, 'readwrite');
    const existed = (await tx.store.count(id)) > 0;
    if (existed) await tx.store.delete(id);
    await tx.done;
    return existed;
  }

  async getSettings(): Promise<Settings> {
    const tx = (await this.db()).transaction('settings');
    const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
    const settings: Record<string, unknown> = {};
    keys.forEach((key, i) => (settings[key] = values[i]));
    return settings as Settings;
  }

  async setSetting<K extends SettingKey>(key: K, value: Settings[K]): Promise<void> {
    const db = await this.db();
    await db.put('settings', value, key);
  }

  async clearMyData(options: { includeDirectory: boolean }): Promise<ClearReport> {
    this.forgetEarly();
    const stores = options.includeDirectory
      ? ([
          'saved',
          'settings',
          'children',
          'services',
          'organizations',
          'match',
          'matchParts',
          'meta',
          'parts',
        ] as const)
      : (['saved', 'settings', 'children'] as const);
    const tx = (await this.db()).transaction([...stores], 'readwrite');
    const savedContacts = await tx.objectStore('saved').count();
    const children = await tx.objectStore('children').count();
    const hadDirectory = options.includeDirectory && (await tx.objectStore('meta').count('directory')) > 0;
    await Promise.all([...stores.map((name) => tx.objectStore(name).clear()), tx.done]);
    return { savedContacts, children, directory: hadDirectory };
  }
}

function abortQuietly(tx: { abort(): void }, pending: Promise<unknown>[]): void {
  // Requests already queued reject with AbortError now; they are expected, not unhandled.
  for (const p of pending) p.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // already finished or aborted by the browser
  }
}
