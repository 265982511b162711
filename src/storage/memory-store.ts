import type { Directory, Service } from '../domain/directory/schema';
import { entryOf } from '../domain/guide/entries';
import type { SearchData } from '../domain/search/search-index';
import { dropsLanguages, keepsStored } from '../domain/sync/order';
import type { DirectoryInfo, ReplaceResult } from '../domain/sync/ports';
import {
  bySavedOrder,
  fromRecords,
  headOf,
  reorder,
  snapshotOf,
  toRecords,
  type ChildRecord,
  type ClearReport,
  type DirectoryRecords,
  type SavedRecord,
  type SavedContact,
  type SettingKey,
  type Settings,
  type StoredDirectoryInfo,
  type SyncState,
} from './records';
import type { AppStore } from './store';

interface MemoryDirectory extends DirectoryRecords {
  info: StoredDirectoryInfo;
}

/**
 * The same interface without IndexedDB (some private modes): the app runs from the downloaded copy
 * for this visit; nothing survives a reload. Replacing swaps one reference, so it is atomic too.
 */
export function createMemoryStore(): AppStore {
  let current: MemoryDirectory | undefined;
  let syncState: SyncState = {};
  let search: { version: string; data: SearchData } | undefined;
  let saved = new Map<string, SavedRecord>();
  let settings: Settings = {};
  let children = new Map<string, ChildRecord>();
  /** The parts of the current directory, for the next sync of this visit. */
  let parts = new Map<string, string>();
  const clone = <T>(value: T): T => structuredClone(value);

  return {
    kind: 'memory',
    async currentVersion() {
      return current?.info.version;
    },
    async readDirectoryInfo() {
      return current ? clone(current.info) : undefined;
    },
    async isStoredComplete() {
      return true;
    },
    async readHolding() {
      return current ? { version: current.info.version, languages: current.info.languages } : undefined;
    },
    async readParts(hashes: readonly string[]) {
      return new Map(hashes.flatMap((hash) => (parts.has(hash) ? [[hash, parts.get(hash)!] as const] : [])));
    },
    async loadMatchTable() {
      if (!current) return undefined;
      return { rows: clone(current.matches), info: clone(current.info) };
    },
    async readEntries(version: string, ids: readonly string[]) {
      if (current?.info.version !== version) return undefined;
      const services = new Map(current.services.map((record) => [record.id, record]));
      const orders = new Map(current.matches.map((row) => [row.id, row.order]));
      const organizations = new Map(current.organizations.map((record) => [record.id, record.organization]));
      return ids.flatMap((id) => {
        const record = services.get(id);
        const organization = record && organizations.get(record.organizationId);
        const order = orders.get(id);
        return record && organization && order !== undefined
          ? [clone(entryOf(record.service, organization, order))]
          : [];
      });
    },
    async loadDirectory() {
      if (!current) return undefined;
      return {
        directory: clone(fromRecords(current.info.head, current.organizations, current.services)),
        info: clone(current.info),
      };
    },
    async replaceDirectory(
      directory: Directory,
      info: DirectoryInfo,
      seen?: { version: string | undefined },
      newParts?: ReadonlyMap<string, string>,
    ): Promise<ReplaceResult> {
      if (current && (keepsStored(info, current.info, seen) || dropsLanguages(info, current.info))) {
        return { replaced: false, newer: { version: current.info.version, generatedAt: current.info.generatedAt } };
      }
      const records = toRecords(clone(directory));
      const next: MemoryDirectory = {
        ...records,
        info: { ...info, head: clone(headOf(directory)), counts: records.counts },
      };
      const orgs = new Map(records.organizations.map((r) => [r.id, r.organization]));
      const refreshed = new Map(saved);
      for (const record of records.services) {
        const contact = refreshed.get(record.id);
        if (contact)
          refreshed.set(record.id, {
            ...contact,
            snapshot: snapshotOf(record.service, orgs.get(record.organizationId), info.version),
          });
      }
      const used = new Set(info.parts ?? []);
      const nextParts = new Map([...parts, ...(newParts ?? [])].filter(([hash]) => used.has(hash)));
      current = next;
      saved = refreshed;
      search = undefined;
      parts = nextParts;
      return { replaced: true };
    },
    async loadSearch(version: string) {
      return search?.version === version ? search.data : undefined;
    },
    async loadStoredSearch() {
      return search;
    },
    async saveSearch(version: string, data: SearchData) {
      search = { version, data };
    },
    async readSyncState() {
      return { ...syncState };
    },
    async writeSyncState(state: SyncState) {
      syncState = { ...state };
    },
    async saveContact(service: Service) {
      const record = current?.services.find((r) => r.id === service.id);
      const org = record ? current?.organizations.find((o) => o.id === record.organizationId) : undefined;
      const existing = saved.get(service.id);
      const snapshot = clone(snapshotOf(record?.service ?? service, org?.organization, current?.info.version));
      saved.set(service.id, {
        id: service.id,
        position: existing?.position ?? saved.size,
        savedAt: existing?.savedAt ?? Date.now(),
        snapshot,
        savedName: existing?.savedName ?? snapshot.service.name,
      });
    },
    async removeSaved(id: string) {
      return saved.delete(id);
    },
    async listSaved(): Promise<SavedContact[]> {
      const ids = new Set(current?.services.map((r) => r.id));
      return [...saved.values()].sort(bySavedOrder).map((r) => ({ ...clone(r), inDirectory: ids.has(r.id) }));
    },
    async reorderSaved(ids: readonly string[]) {
      saved = new Map(reorder([...saved.values()].sort(bySavedOrder), ids).map((r) => [r.id, r]));
    },
    async listChildren() {
      return [...children.values()].sort((a, b) => a.savedAt - b.savedAt).map(clone);
    },
    async saveChild(child: ChildRecord) {
      children.set(child.id, clone(child));
    },
    async removeChild(id: string) {
      return children.delete(id);
    },
    async getSettings() {
      return clone(settings);
    },
    async setSetting<K extends SettingKey>(key: K, value: Settings[K]) {
      settings = { ...settings, [key]: clone(value) };
    },
    async clearMyData(options: { includeDirectory: boolean }): Promise<ClearReport> {
      const report: ClearReport = {
        savedContacts: saved.size,
        children: children.size,
        directory: options.includeDirectory && current !== undefined,
      };
      saved = new Map();
      children = new Map();
      settings = {};
      if (options.includeDirectory) {
        current = undefined;
        parts = new Map();
        syncState = {};
        search = undefined;
      }
      return report;
    },
    close() {
      // nothing to release
    },
  };
}
