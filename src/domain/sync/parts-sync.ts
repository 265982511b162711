import { parseDirectory, type Directory } from '../directory/schema';
import { JoinError, type LanguageEntry } from '../publication/by-language';
import { joinDirectory } from '../publication/parts';
import type { LanguageCode } from '../directory/text';
import { MAX_DIRECTORY_BYTES } from './manifest';
import { errorName, isQuotaError, type SyncOutcome } from './outcome';
import { languagesToHold, parsePartsManifest, partsFor, type PartRef } from './parts-manifest';
import type { DirectoryInfo, FetchResult, ReplaceResult, StopSignal, SyncPorts, SyncStore } from './ports';
import { oneAtATime } from './one-at-a-time';
import { fetchFailure, safeFetch, StopSource, type SyncRun } from './sync';

/**
 * The sync of the directory in parts: manifest → the parts this phone lacks for German and its
 * languages (only those) → each part's size and SHA-256 → join with the parts it holds → the
 * directory's schema check → one atomic write of the whole new version, with its new parts, dropping
 * the parts no longer used. Every failure returns a typed outcome before anything is written, so the
 * stored directory stays complete and of one version and one set of languages.
 */

/** What is stored of the current directory, for deciding what to fetch. */
export interface Holding {
  version: string;
  /** Undefined: stored whole (every language). */
  languages?: string[] | undefined;
}

export interface PartsStore extends SyncStore {
  readHolding(): Promise<Holding | undefined>;
  /** The stored parts among `hashes` (a missing one is simply not in the map). */
  readParts(hashes: readonly string[]): Promise<Map<string, string>>;
  /**
   * As SyncStore.replaceDirectory, and in the same transaction: stores `newParts` (SHA-256 → text) and
   * removes every stored part that `info.parts` does not list.
   */
  replaceDirectory(
    directory: Directory,
    info: DirectoryInfo,
    seen?: { version: string | undefined },
    newParts?: ReadonlyMap<string, string>,
  ): Promise<ReplaceResult>;
}

export interface PartsSyncPorts extends Omit<SyncPorts, 'store'> {
  /** data/parts/<sha256>.json */
  fetchPart(sha256: string, stop?: StopSignal): Promise<FetchResult>;
  store: PartsStore;
  /** The most a phone stores of the directory (MAX_DIRECTORY_BYTES; smaller in tests). */
  maxBytes?: number;
}

/** Parts fetched at the same time: enough to fill a slow line, few enough for an old phone. */
const PARALLEL = 4;

type PartFailure = Exclude<SyncOutcome, { kind: 'updated' | 'up-to-date' | 'newer-stored' }>;

/**
 * One sync for a phone that shows `wanted` (the app's language, and in visit mode the family's).
 * Languages it already holds are kept while German, the wanted and the held languages together stay
 * within the cap; over it, the held languages not wanted now are dropped (fetched again when wanted),
 * so a phone that collected many languages keeps updating. Only German and the wanted languages alone
 * over the cap are refused ('too-large'). German is always there.
 */
export async function runPartsSync(
  ports: PartsSyncPorts,
  wanted: readonly string[],
  stop?: StopSignal,
  again = true,
): Promise<SyncOutcome> {
  const manifestAnswer = await safeFetch(() => ports.fetchManifest(stop));
  if (!manifestAnswer.ok) return fetchFailure(manifestAnswer, 'manifest');
  const manifestBytes = manifestAnswer.bytes;
  const parsed = parsePartsManifest(ports.decodeUtf8(manifestBytes));
  if (!parsed.ok) return { kind: 'manifest-invalid', problem: parsed.problem };
  const { manifest } = parsed;

  // Reading what is stored can fail too (storage gone); then a full download repairs it.
  const holding = await ports.store.readHolding().catch(() => undefined);
  let languages = languagesToHold(manifest, [...wanted, ...(holding?.languages ?? [])]);
  if (
    holding?.version === manifest.version &&
    (holding.languages === undefined || languages.every((language) => holding.languages!.includes(language)))
  ) {
    return { kind: 'up-to-date', version: manifest.version };
  }

  const cap = ports.maxBytes ?? MAX_DIRECTORY_BYTES;
  const sum = (parts: PartRef[]) => parts.reduce((n, part) => n + part.bytes, 0);
  let needed = partsFor(manifest, languages);
  if (sum(needed) > cap) {
    languages = languagesToHold(manifest, wanted);
    needed = partsFor(manifest, languages);
    if (sum(needed) > cap) return { kind: 'manifest-invalid', problem: 'too-large' };
  }
  const total = sum(needed);

  const texts = await ports.store.readParts(needed.map((part) => part.sha256)).catch(() => new Map<string, string>());
  const fetched = new Map<string, string>();
  const failure = await fetchMissing(
    ports,
    needed.filter((part) => !texts.has(part.sha256)),
    fetched,
    stop,
  );
  if (failure) return failure;
  for (const [hash, text] of fetched) texts.set(hash, text);

  let joined: unknown;
  try {
    const read = (part: PartRef): unknown => JSON.parse(texts.get(part.sha256)!);
    const shared = manifest.shared.map(read);
    const byLanguage = new Map<LanguageCode, LanguageEntry[][]>();
    for (const language of languages) {
      byLanguage.set(language, (manifest.texts[language] ?? []).map(read) as LanguageEntry[][]);
    }
    joined = joinDirectory(shared, byLanguage, manifest);
  } catch (error) {
    if (error instanceof JoinError) {
      const message = `Die Teile des Verzeichnisses passen nicht zusammen (${error.message}).`;
      return { kind: 'invalid-directory', issues: [{ path: '', message }] };
    }
    return { kind: 'not-json' };
  }
  const result = parseDirectory(joined);
  if (!result.ok) return { kind: 'invalid-directory', issues: result.issues };
  const directory = result.directory;

  const info: DirectoryInfo = {
    version: manifest.version,
    sha256: await ports.sha256(manifestBytes).catch(() => ''),
    bytes: total,
    fetchedAt: ports.now(),
    ...(directory.meta.generatedAt !== undefined ? { generatedAt: directory.meta.generatedAt } : {}),
    languages,
    parts: needed.map((part) => part.sha256),
  };
  try {
    const written = await ports.store.replaceDirectory(directory, info, { version: holding?.version }, fetched);
    if (!written.replaced) {
      // The same version was stored meanwhile with other languages (another attempt or tab): look
      // again once, now holding those, so the languages wanted here are added, not lost.
      if (again && written.newer.version === info.version) return runPartsSync(ports, wanted, stop, false);
      return { kind: 'newer-stored', version: written.newer.version, offered: info.version };
    }
  } catch (error) {
    if (isQuotaError(error)) return { kind: 'storage-full', directory, info };
    return { kind: 'storage-failed', reason: errorName(error), directory, info };
  }
  return { kind: 'updated', version: manifest.version, previousVersion: holding?.version, directory, info };
}

/** Fetches and checks the parts, a few at a time; the first failure stops the rest and is returned. */
async function fetchMissing(
  ports: PartsSyncPorts,
  parts: PartRef[],
  into: Map<string, string>,
  stop: StopSignal | undefined,
): Promise<PartFailure | undefined> {
  let next = 0;
  let failure: PartFailure | undefined;
  const one = async (part: PartRef): Promise<PartFailure | undefined> => {
    const answer = await safeFetch(() => ports.fetchPart(part.sha256, stop));
    if (!answer.ok) return fetchFailure(answer, 'directory') as PartFailure;
    const bytes = answer.bytes;
    if (bytes.byteLength !== part.bytes)
      return { kind: 'size-mismatch', expected: part.bytes, actual: bytes.byteLength };
    let hash: string;
    try {
      hash = (await ports.sha256(bytes)).toLowerCase();
    } catch {
      // No hashing available (e.g. Web Crypto outside a secure context): an unchecked part is never used.
      return { kind: 'hash-mismatch', expected: part.sha256, actual: 'unavailable' };
    }
    if (hash !== part.sha256) return { kind: 'hash-mismatch', expected: part.sha256, actual: hash };
    into.set(part.sha256, ports.decodeUtf8(bytes));
    return undefined;
  };
  const worker = async () => {
    while (failure === undefined && next < parts.length) {
      const result = await one(parts[next++]!);
      failure ??= result;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, parts.length) }, worker));
  return failure;
}

/** The parts sync run one at a time (see oneAtATime: a call for other languages replaces the running one). */
export function partsSingleFlight(ports: PartsSyncPorts): SyncRun {
  return oneAtATime((_fresh, languages) => {
    const stop = new StopSource();
    return { outcome: runPartsSync(ports, languages, stop), stop: () => stop.abort() };
  });
}
