import type { Directory } from '../directory/schema';

/**
 * What the sync algorithm needs from the outside world. The browser wires fetch, Web Crypto and
 * IndexedDB in (src/storage/sync-ports.ts, used by the sync worker and the page); tests wire fakes.
 * Nothing here knows about the DOM or Node.
 */

/**
 * A download as raw bytes, so size and hash are checked on exactly what arrived. `stalled`: the
 * server did not answer, or the body stopped arriving, for longer than the port waits (then the port
 * aborts the request, so a dead connection never holds up the next sync).
 */
export type FetchResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; kind: 'network' }
  | { ok: false; kind: 'stalled' }
  | { ok: false; kind: 'http'; status: number };

/**
 * Tells a running download to stop (a newer attempt replaced it). Structurally a subset of the
 * browser's AbortSignal, so the ports can hand it on; the domain has no DOM types.
 */
export interface StopSignal {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** What is known about a stored directory besides its content. */
export interface DirectoryInfo {
  version: string;
  /** Lower-case hex SHA-256 of the exact bytes of directory.json. */
  sha256: string;
  bytes: number;
  /** From meta.generatedAt (the editorial "Stand"), when the build set it. */
  generatedAt?: string;
  /** When this phone downloaded it (ms since epoch). */
  fetchedAt: number;
  /**
   * Synced in parts (parts-sync.ts): the languages besides German it holds, and the SHA-256 of every
   * part it was joined from. Absent on a directory stored whole (directory.json: every language).
   */
  languages?: string[];
  parts?: string[];
}

/** The part of storage the sync uses. `currentVersion` is undefined when nothing complete is stored. */
export interface SyncStore {
  currentVersion(): Promise<string | undefined>;
  /**
   * Replaces the whole directory at once: afterwards readers see all-new, or on failure all-old.
   * Compare-and-swap when `seen` is given (the stored version the sync saw when it started): if
   * another writer stored a newer directory since (see keepsStored), nothing is written and the
   * stored one's info comes back, decided inside the same transaction as the write, so two tabs
   * syncing while the publication changes can never move the phone backwards.
   */
  replaceDirectory(
    directory: Directory,
    info: DirectoryInfo,
    seen?: { version: string | undefined },
  ): Promise<ReplaceResult>;
}

export type ReplaceResult =
  { replaced: true } | { replaced: false; newer: { version: string; generatedAt: string | undefined } };

export interface SyncPorts {
  fetchManifest(stop?: StopSignal): Promise<FetchResult>;
  /** Lower-case hex SHA-256. */
  sha256(bytes: Uint8Array): Promise<string>;
  decodeUtf8(bytes: Uint8Array): string;
  store: SyncStore;
  now(): number;
}
