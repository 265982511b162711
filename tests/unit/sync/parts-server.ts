import { createHash } from 'node:crypto';
import type { Directory, SourceDirectory } from '../../../src/domain/directory/schema';
import type { PartsManifest } from '../../../src/domain/sync/parts-manifest';
import type { Holding, PartsStore, PartsSyncPorts } from '../../../src/domain/sync/parts-sync';
import type { DirectoryInfo, FetchResult, ReplaceResult } from '../../../src/domain/sync/ports';
import { publishDirectory } from '../../../src/tools/directory/publish';
import { publishParts as publishDirectoryParts } from '../../../src/tools/directory/publish-parts';
import { region } from '../../fixtures/region';

/**
 * The test region published in parts by the real build code, served by fake ports whose answers each
 * test can break on purpose (per part, by its SHA-256).
 */
export interface PartsPublication {
  manifest: PartsManifest;
  /** SHA-256 → the part's bytes. */
  files: Map<string, Uint8Array>;
}

const encoder = new TextEncoder();

export function publishParts(
  change: (source: SourceDirectory) => void = () => undefined,
  now = new Date('2026-11-02T09:00:00Z'),
): PartsPublication {
  const source = structuredClone(region);
  change(source);
  const { parts } = publishDirectory(source, now);
  return {
    manifest: structuredClone(parts.manifest),
    files: new Map(
      parts.files.map((file) => [file.path.slice('parts/'.length, -'.json'.length), encoder.encode(file.body)]),
    ),
  };
}

export interface PartsServer {
  publication: PartsPublication;
  manifestAnswer?: FetchResult | 'throw';
  /** Override the answer for one part (by SHA-256) or, with '*', for every part. */
  partAnswers: Map<string, FetchResult | 'throw'>;
  manifestRequests: number;
  partRequests: string[];
}

export function partsServer(publication: PartsPublication): PartsServer {
  return { publication, partAnswers: new Map(), manifestRequests: 0, partRequests: [] };
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function partsPorts(server: PartsServer, store: PartsStore, now = () => 1_800_000_000_000): PartsSyncPorts {
  const answer = (override: FetchResult | 'throw' | undefined, bytes: Uint8Array | undefined): Promise<FetchResult> => {
    if (override === 'throw') return Promise.reject(new TypeError('Failed to fetch'));
    if (override) return Promise.resolve(override);
    return Promise.resolve(bytes ? { ok: true, bytes } : { ok: false, kind: 'http', status: 404 });
  };
  return {
    fetchManifest() {
      server.manifestRequests++;
      return answer(server.manifestAnswer, encoder.encode(JSON.stringify(server.publication.manifest)));
    },
    fetchPart(sha256) {
      server.partRequests.push(sha256);
      const override = server.partAnswers.get(sha256) ?? server.partAnswers.get('*');
      return answer(override, server.publication.files.get(sha256));
    },
    sha256: async (bytes) => sha256Hex(bytes),
    decodeUtf8: (bytes) => new TextDecoder().decode(bytes),
    store,
    now,
  };
}

/** The SHA-256 of every part a phone with these languages holds. */
export function partsOf(manifest: PartsManifest, languages: string[]): string[] {
  const refs = [
    ...manifest.shared,
    ...languages.flatMap((l) => manifest.texts[l as keyof PartsManifest['texts']] ?? []),
  ];
  return [...new Set(refs.map((ref) => ref.sha256))];
}

/**
 * Any directory, also an invalid or hostile one, cut into parts the way the build cuts it but without the
 * build's checks: what a broken or poisoned publication would serve.
 */
export function publishUnchecked(directory: unknown): PartsPublication {
  const { manifest, files } = publishDirectoryParts(directory as Directory, undefined);
  return {
    manifest: structuredClone(manifest),
    files: new Map(files.map((file) => [file.path.slice('parts/'.length, -'.json'.length), encoder.encode(file.body)])),
  };
}

/** Serves `bytes` as shared part `index` (under their own SHA-256 and size, so size and hash checks pass). */
export function replaceSharedPart(publication: PartsPublication, index: number, bytes: Uint8Array): PartsPublication {
  const sha256 = sha256Hex(bytes);
  publication.files.set(sha256, bytes);
  publication.manifest.shared[index] = { sha256, bytes: bytes.byteLength };
  return publication;
}

/** The text of shared part `index`. */
export function sharedPartText(publication: PartsPublication, index: number): string {
  return new TextDecoder().decode(publication.files.get(publication.manifest.shared[index]!.sha256));
}

/** The index of the first shared part holding organizations (the head is part 0). */
export function firstBucket(publication: PartsPublication): number {
  return publication.manifest.shared.findIndex(
    (_part, index) => index > 0 && sharedPartText(publication, index).includes('"services"'),
  );
}

/**
 * A store that keeps what it was given, for the pure sync tests: it holds `initialVersion` (German only,
 * no parts) until a sync writes; `failWith` makes the next write throw.
 */
export function recordingStore(
  initialVersion?: string,
): PartsStore & { writes: Directory[]; failWith?: unknown; version?: string } {
  const store = {
    writes: [] as Directory[],
    failWith: undefined as unknown,
    version: initialVersion,
    async currentVersion() {
      return store.version;
    },
    async readHolding(): Promise<Holding | undefined> {
      return store.version === undefined ? undefined : { version: store.version, languages: [] };
    },
    async readParts() {
      return new Map<string, string>();
    },
    async replaceDirectory(directory: Directory, info: DirectoryInfo): Promise<ReplaceResult> {
      if (store.failWith !== undefined) throw store.failWith;
      store.writes.push(directory);
      store.version = info.version;
      return { replaced: true };
    },
  };
  return store;
}
