import { parseDirectory } from '../directory/schema';
import { parseManifest } from './manifest';
import { errorName, isQuotaError, type SyncOutcome } from './outcome';
import type { DirectoryInfo, FetchResult, StopSignal, SyncPorts } from './ports';
import { oneAtATime, type OneAtATime } from './one-at-a-time';

/**
 * One sync: manifest → (if the version differs) download → size → SHA-256 → JSON → schema →
 * atomic replace. Every step that can fail returns a typed outcome before anything is written, and
 * the write itself is all-or-nothing (see SyncStore.replaceDirectory), so the old directory stays
 * complete and in use whatever happens.
 */
export async function runSync(ports: SyncPorts, stop?: StopSignal): Promise<SyncOutcome> {
  const manifestAnswer = await safeFetch(() => ports.fetchManifest(stop));
  if (!manifestAnswer.ok) return fetchFailure(manifestAnswer, 'manifest');

  const parsed = parseManifest(ports.decodeUtf8(manifestAnswer.bytes));
  if (!parsed.ok) return { kind: 'manifest-invalid', problem: parsed.problem };
  const { manifest } = parsed;

  // Reading the stored version can fail too (storage gone); then a download repairs it.
  const stored = await ports.store.currentVersion().catch(() => undefined);
  if (stored === manifest.version) return { kind: 'up-to-date', version: stored };

  const body = await safeFetch(() => ports.fetchDirectory(manifest.version, stop));
  if (!body.ok) return fetchFailure(body, 'directory');
  const bytes = body.bytes;

  if (bytes.byteLength !== manifest.bytes) {
    return { kind: 'size-mismatch', expected: manifest.bytes, actual: bytes.byteLength };
  }
  let hash: string;
  try {
    hash = (await ports.sha256(bytes)).toLowerCase();
  } catch {
    // No hashing available (e.g. Web Crypto outside a secure context): an unchecked download is never stored.
    return { kind: 'hash-mismatch', expected: manifest.sha256, actual: 'unavailable' };
  }
  if (hash !== manifest.sha256) return { kind: 'hash-mismatch', expected: manifest.sha256, actual: hash };

  let json: unknown;
  try {
    json = JSON.parse(ports.decodeUtf8(bytes));
  } catch {
    return { kind: 'not-json' };
  }
  const result = parseDirectory(json);
  if (!result.ok) return { kind: 'invalid-directory', issues: result.issues };
  const directory = result.directory;
  if (directory.meta.version !== manifest.version) {
    return { kind: 'version-mismatch', manifestVersion: manifest.version, directoryVersion: directory.meta.version };
  }

  const info: DirectoryInfo = {
    version: manifest.version,
    sha256: hash,
    bytes: bytes.byteLength,
    fetchedAt: ports.now(),
    ...(directory.meta.generatedAt !== undefined ? { generatedAt: directory.meta.generatedAt } : {}),
  };
  try {
    const written = await ports.store.replaceDirectory(directory, info, { version: stored });
    if (!written.replaced) return { kind: 'newer-stored', version: written.newer.version, offered: info.version };
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'storage-full', directory, info };
    return { kind: 'storage-failed', reason: errorName(error), directory, info };
  }
  return { kind: 'updated', version: manifest.version, previousVersion: stored, directory, info };
}

/** A fetch port that throws (e.g. TypeError: Failed to fetch) counts as no network. */
export async function safeFetch(run: () => Promise<FetchResult>): Promise<FetchResult> {
  try {
    return await run();
  } catch {
    return { ok: false, kind: 'network' };
  }
}

export function fetchFailure(result: Exclude<FetchResult, { ok: true }>, stage: 'manifest' | 'directory'): SyncOutcome {
  if (result.kind === 'http') return { kind: 'server-error', stage, status: result.status };
  return { kind: result.kind === 'stalled' ? 'stalled' : 'offline', stage };
}

/** A StopSignal the domain can raise itself (the browser's AbortController is not available here). */
export class StopSource implements StopSignal {
  aborted = false;
  private readonly listeners = new Set<() => void>();
  addEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'abort', listener: () => void): void {
    this.listeners.delete(listener);
  }
  abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.listeners.forEach((listener) => listener());
    this.listeners.clear();
  }
}

export type SyncRun = OneAtATime<SyncOutcome>;

/**
 * Runs at most one sync at a time (the interval during the start-up check shares the running one; a `fresh`
 * trigger stops its download and starts anew, see oneAtATime). An attempt that was already writing finishes its
 * write; the store's compare-and-swap keeps the newer directory whichever write lands last.
 */
export function singleFlight(ports: SyncPorts): SyncRun {
  return oneAtATime(() => {
    const stop = new StopSource();
    return { outcome: runSync(ports, stop), stop: () => stop.abort() };
  });
}
