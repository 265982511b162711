/**
 * The faults of the network and the server, and broken data that arrives intact, for the sync of the directory
 * in parts: each ends in its own typed outcome before anything is written, so the stored directory stays in use.
 * Parts missing, stalled, cut or altered, and the faults of storage, are in parts-sync.test.ts; poisoned content
 * in tests/unit/security/hostile-directory.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DIRECTORY_BYTES } from '../../../src/domain/sync/manifest';
import { isSuccess } from '../../../src/domain/sync/outcome';
import { runPartsSync } from '../../../src/domain/sync/parts-sync';
import { numberedDirectory } from '../../fixtures/numbered-directory';
import {
  firstBucket,
  partsPorts,
  partsServer,
  publishUnchecked,
  recordingStore,
  replaceSharedPart,
  sharedPartText,
} from './parts-server';

const V1 = '2026-11-12T08:00:00.000Z-0000aaaa';
const V2 = '2026-11-20T08:00:00.000Z-0000bbbb';
const directoryV2 = () => numberedDirectory({ services: 12, version: V2, label: 'Stand 2' });
const encoder = new TextEncoder();

describe('sync in parts: faults on the way', () => {
  it('first visit: downloads, checks and stores the whole directory', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    const store = recordingStore();
    const outcome = await runPartsSync(partsPorts(server, store), []);
    expect(outcome).toMatchObject({ kind: 'updated', version: V2, previousVersion: undefined });
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]!.organizations.flatMap((o) => o.services)).toHaveLength(12);
    // Every shared part once (empty buckets are one file), no language part: this phone shows German.
    const shared = new Set(server.publication.manifest.shared.map((part) => part.sha256));
    expect(server.partRequests.sort()).toEqual([...shared].sort());
  });

  it('what is stored cannot be read (storage gone): the directory is downloaded again', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    const store = recordingStore(V2);
    store.readHolding = () => Promise.reject(new DOMException('gone', 'UnknownError'));
    expect((await runPartsSync(partsPorts(server, store), [])).kind).toBe('updated');
    expect(store.writes).toHaveLength(1);
  });

  it('no network for the manifest → offline at the manifest stage, nothing fetched or written', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    server.manifestAnswer = 'throw';
    const store = recordingStore(V1);
    expect(await runPartsSync(partsPorts(server, store), [])).toEqual({ kind: 'offline', stage: 'manifest' });
    expect(server.partRequests).toEqual([]);
    expect(store.writes).toEqual([]);
    expect(store.version).toBe(V1);
  });

  it('server errors (5xx) for the manifest or a part are reported with their status, nothing written', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    const store = recordingStore(V1);
    server.manifestAnswer = { ok: false, kind: 'http', status: 503 };
    expect(await runPartsSync(partsPorts(server, store), [])).toEqual({
      kind: 'server-error',
      stage: 'manifest',
      status: 503,
    });
    server.manifestAnswer = undefined;
    server.partAnswers.set('*', { ok: false, kind: 'http', status: 502 });
    expect(await runPartsSync(partsPorts(server, store), [])).toEqual({
      kind: 'server-error',
      stage: 'directory',
      status: 502,
    });
    expect(store.writes).toEqual([]);
  });

  it('a broken manifest (a maintenance page, a field that is no hash) is a typed failure, no part is fetched', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    server.manifestAnswer = { ok: true, bytes: encoder.encode('<html>Wartung</html>') };
    expect(await runPartsSync(partsPorts(server, recordingStore()), [])).toEqual({
      kind: 'manifest-invalid',
      problem: 'not-json',
    });
    server.manifestAnswer = undefined;
    server.publication.manifest.shared[0]!.sha256 = 'abc';
    expect(await runPartsSync(partsPorts(server, recordingStore()), [])).toMatchObject({
      kind: 'manifest-invalid',
      problem: expect.stringMatching(/^field shared/) as unknown,
    });
    expect(server.partRequests).toEqual([]);
  });

  it('a manifest announcing more than a phone accepts is refused before any part is downloaded', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    server.publication.manifest.shared[1]!.bytes = MAX_DIRECTORY_BYTES;
    const store = recordingStore(V1);
    expect(await runPartsSync(partsPorts(server, store), [])).toEqual({
      kind: 'manifest-invalid',
      problem: 'too-large',
    });
    expect(server.partRequests).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('a part that is not JSON (but matches its manifest) → not-json, nothing written', async () => {
    const publication = publishUnchecked(directoryV2());
    const cut = sharedPartText(publication, firstBucket(publication)).slice(0, 40);
    replaceSharedPart(publication, firstBucket(publication), encoder.encode(cut));
    const store = recordingStore(V1);
    expect(await runPartsSync(partsPorts(partsServer(publication), store), [])).toEqual({ kind: 'not-json' });
    expect(store.writes).toEqual([]);
  });

  it('data the editorial schema refuses is rejected with German messages, nothing written', async () => {
    const broken = directoryV2();
    broken.organizations[0]!.services[0]!.topics = ['gibt-es-nicht'];
    const store = recordingStore(V1);
    const outcome = await runPartsSync(partsPorts(partsServer(publishUnchecked(broken)), store), []);
    expect(outcome.kind).toBe('invalid-directory');
    if (outcome.kind === 'invalid-directory') expect(outcome.issues[0]!.message).toMatch(/Unbekanntes Thema/);
    expect(store.writes).toEqual([]);
  });

  it('no hashing available (Web Crypto missing) → nothing unchecked is stored', async () => {
    const store = recordingStore(V1);
    const ports = {
      ...partsPorts(partsServer(publishUnchecked(directoryV2())), store),
      sha256: () => Promise.reject(new TypeError('crypto.subtle is undefined')),
    };
    expect(await runPartsSync(ports, [])).toMatchObject({ kind: 'hash-mismatch', actual: 'unavailable' });
    expect(store.writes).toEqual([]);
  });

  it('quota exceeded → storage-full with the checked directory for this visit; any other error → storage-failed', async () => {
    const server = partsServer(publishUnchecked(directoryV2()));
    const store = recordingStore(V1);
    store.failWith = new DOMException('Quota exceeded', 'QuotaExceededError');
    const full = await runPartsSync(partsPorts(server, store), []);
    expect(full.kind).toBe('storage-full');
    if (full.kind === 'storage-full') expect(full.directory.meta.version).toBe(V2);
    store.failWith = new DOMException('aborted', 'AbortError');
    const failed = await runPartsSync(partsPorts(server, store), []);
    expect(failed).toMatchObject({ kind: 'storage-failed', reason: 'AbortError' });
    expect(isSuccess(failed)).toBe(false);
    expect(store.version).toBe(V1);
  });
});
