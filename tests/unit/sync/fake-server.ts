import { createHash } from 'node:crypto';
import type { Directory } from '../../../src/domain/directory/schema';
import type { FetchResult, ReplaceResult, SyncPorts, SyncStore } from '../../../src/domain/sync/ports';

/**
 * A published directory as the build writes it (directory.json + manifest), served by fake fetch
 * ports whose answers each test can break on purpose.
 */
export interface Publication {
  body: Uint8Array;
  manifest: Record<string, unknown>;
}

const encoder = new TextEncoder();

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function publish(directory: Directory | unknown, version?: string): Publication {
  const body = encoder.encode(JSON.stringify(directory));
  const meta = (directory as { meta?: { version?: string; generatedAt?: string } }).meta;
  return {
    body,
    manifest: {
      version: version ?? meta?.version ?? 'v-test',
      generatedAt: meta?.generatedAt,
      sha256: sha256Hex(body),
      bytes: body.byteLength,
      gzipBytes: 1,
      brotliBytes: 1,
      counts: { organizations: 1, services: 1, locations: 1 },
      bytesPerService: 1,
    },
  };
}

export interface FakeServer {
  publication: Publication;
  /** Override an answer: a FetchResult, or 'throw' for a network error. */
  manifestAnswer?: FetchResult | 'throw';
  directoryAnswer?: FetchResult | 'throw';
  manifestRequests: number;
  directoryRequests: string[];
}

export function fakeServer(publication: Publication): FakeServer {
  return { publication, manifestRequests: 0, directoryRequests: [] };
}

export function portsFor(server: FakeServer, store: SyncStore, now = () => 1_800_000_000_000): SyncPorts {
  const answer = (override: FetchResult | 'throw' | undefined, bytes: Uint8Array): Promise<FetchResult> => {
    if (override === 'throw') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(override ?? { ok: true, bytes });
  };
  return {
    fetchManifest() {
      server.manifestRequests++;
      return answer(server.manifestAnswer, encoder.encode(JSON.stringify(server.publication.manifest)));
    },
    fetchDirectory(version) {
      server.directoryRequests.push(version);
      return answer(server.directoryAnswer, server.publication.body);
    },
    sha256: async (bytes) => sha256Hex(bytes),
    decodeUtf8: (bytes) => new TextDecoder().decode(bytes),
    store,
    now,
  };
}

/** A store that keeps what it was given, for the pure sync tests. */
export function recordingStore(
  initialVersion?: string,
): SyncStore & { writes: Directory[]; failWith?: unknown; version?: string } {
  const store = {
    writes: [] as Directory[],
    failWith: undefined as unknown,
    version: initialVersion,
    async currentVersion() {
      return store.version;
    },
    async replaceDirectory(directory: Directory): Promise<ReplaceResult> {
      if (store.failWith !== undefined) throw store.failWith;
      store.writes.push(directory);
      store.version = directory.meta.version;
      return { replaced: true };
    },
  };
  return store;
}
