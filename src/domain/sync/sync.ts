import { parseDirectory } from '../directory/schema';
import { parseManifest } from './manifest';
import { errorName, isQuotaError, type SyncOutcome } from './outcome';
import type { DirectoryInfo, FetchResult, SyncPorts } from './ports';

/**
 * One sync: manifest → (if the version differs) download → size → SHA-256 → JSON → schema →
 * atomic replace. Every step that can fail returns a typed outcome before anything is written, and
 * the write itself is all-or-nothing (see SyncStore.replaceDirectory), so the old directory stays
 * complete and in use whatever happens.
 */
export async function runSync(ports: SyncPorts): Promise<SyncOutcome> {
  const manifestAnswer = await safeFetch(() => ports.fetchManifest());
  if (!manifestAnswer.ok) return fetchFailure(manifestAnswer, 'manifest');

  const parsed = parseManifest(ports.decodeUtf8(manifestAnswer.bytes));
  if (!parsed.ok) return { kind: 'manifest-invalid', problem: parsed.problem };
  const { manifest } = parsed;

  // Reading the stored version can fail too (storage gone); then a download repairs it.
  const stored = await ports.store.currentVersion().catch(() => undefined);
  if (stored === manifest.version) return { kind: 'up-to-date', version: stored };

  const body = await safeFetch(() => ports.fetchDirectory(manifest.version));
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
    await ports.store.replaceDirectory(directory, info);
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'storage-full', directory, info };
    return { kind: 'storage-failed', reason: errorName(error), directory, info };
  }
  return { kind: 'updated', version: manifest.version, previousVersion: stored, directory, info };
}

/** A fetch port that throws (e.g. TypeError: Failed to fetch) counts as no network. */
async function safeFetch(run: () => Promise<FetchResult>): Promise<FetchResult> {
  try {
    return await run();
  } catch {
    return { ok: false, kind: 'network' };
  }
}

function fetchFailure(result: Exclude<FetchResult, { ok: true }>, stage: 'manifest' | 'directory'): SyncOutcome {
  return result.kind === 'http' ? { kind: 'server-error', stage, status: result.status } : { kind: 'offline', stage };
}

/**
 * Runs at most one sync at a time: a trigger that arrives while one is running (online event during
 * the start-up check, a second tap on "Jetzt aktualisieren") shares the running one's outcome.
 */
export function singleFlight(ports: SyncPorts): () => Promise<SyncOutcome> {
  let running: Promise<SyncOutcome> | undefined;
  return () => {
    running ??= runSync(ports).finally(() => {
      running = undefined;
    });
    return running;
  };
}
