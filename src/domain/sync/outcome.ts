import type { Directory, Issue } from '../directory/schema';
import type { DirectoryInfo } from './ports';

/**
 * Every way a sync can end. Each failure leaves the stored directory exactly as it was; the UI
 * decides from `kind` what to tell the family (and where).
 */
export type SyncOutcome =
  /** The stored directory is the published one. */
  | { kind: 'up-to-date'; version: string }
  /** A new directory was checked and is now stored (and in `directory` for immediate use). */
  | { kind: 'updated'; version: string; previousVersion: string | undefined; directory: Directory; info: DirectoryInfo }
  /**
   * The phone already holds a newer directory than the one offered (another tab stored it while this
   * sync downloaded, or a server still hands out an older publication): nothing was written.
   */
  | { kind: 'newer-stored'; version: string; offered: string }
  /** No network (or the request failed before an answer). */
  | { kind: 'offline'; stage: 'manifest' | 'directory' }
  /** The server stopped answering, or the download stopped arriving, and was given up (see FetchResult). */
  | { kind: 'stalled'; stage: 'manifest' | 'directory' }
  /** The server answered with an error status. */
  | { kind: 'server-error'; stage: 'manifest' | 'directory'; status: number }
  | { kind: 'manifest-invalid'; problem: string }
  /** Fewer (or more) bytes than the manifest promised: an interrupted or altered download. */
  | { kind: 'size-mismatch'; expected: number; actual: number }
  | { kind: 'hash-mismatch'; expected: string; actual: string }
  | { kind: 'not-json' }
  /** The download does not pass the directory schema (the same one the editorial tool uses). */
  | { kind: 'invalid-directory'; issues: Issue[] }
  /** The device is out of space. The checked download is handed back so the app can still use it in memory. */
  | { kind: 'storage-full'; directory: Directory; info: DirectoryInfo }
  | { kind: 'storage-failed'; reason: string; directory: Directory; info: DirectoryInfo };

export type SyncOutcomeKind = SyncOutcome['kind'];

export function isSuccess(outcome: Pick<SyncOutcome, 'kind'>): boolean {
  return outcome.kind === 'up-to-date' || outcome.kind === 'updated' || outcome.kind === 'newer-stored';
}

/** Failures a family can do nothing about but wait (no or a stalled network); the others point at a broken publication or device. */
export function isTransient(outcome: Pick<SyncOutcome, 'kind'>): boolean {
  return outcome.kind === 'offline' || outcome.kind === 'stalled' || outcome.kind === 'server-error';
}

/** Storage errors arrive as DOMExceptions; read their name structurally (no DOM types here). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'QuotaExceededError') return true;
  // The transaction's own error carries the cause when the commit fails for lack of space.
  const inner = (error as { error?: unknown } | null)?.error;
  return inner !== undefined && inner !== error && isQuotaError(inner);
}

export function errorName(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : 'Error';
}
