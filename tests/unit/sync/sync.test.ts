import { describe, expect, it } from 'vitest';
import { runSync, singleFlight } from '../../../src/domain/sync/sync';
import { MAX_DIRECTORY_BYTES } from '../../../src/domain/sync/manifest';
import { isSuccess } from '../../../src/domain/sync/outcome';
import { numberedDirectory } from '../../fixtures/numbered-directory';
import { fakeServer, portsFor, publish, recordingStore, sha256Hex } from './fake-server';

const V1 = '2026-11-12T08:00:00.000Z-0000aaaa';
const V2 = '2026-11-20T08:00:00.000Z-0000bbbb';
const directoryV2 = () => numberedDirectory({ services: 12, version: V2, label: 'Stand 2' });

describe('runSync', () => {
  it('first visit: downloads, checks and stores the whole directory', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore();
    const outcome = await runSync(portsFor(server, store));
    expect(outcome.kind).toBe('updated');
    if (outcome.kind !== 'updated') return;
    expect(outcome.previousVersion).toBeUndefined();
    expect(outcome.info).toMatchObject({
      version: V2,
      bytes: server.publication.body.byteLength,
      fetchedAt: 1_800_000_000_000,
    });
    expect(outcome.info.sha256).toBe(sha256Hex(server.publication.body));
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]!.organizations.flatMap((o) => o.services)).toHaveLength(12);
    expect(server.directoryRequests).toEqual([V2]);
  });

  it('same version: checks only the manifest', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore(V2);
    expect(await runSync(portsFor(server, store))).toEqual({ kind: 'up-to-date', version: V2 });
    expect(server.directoryRequests).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('evicted data (nothing stored, or storage unreadable) is downloaded again', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore(V2);
    store.currentVersion = () => Promise.reject(new DOMException('gone', 'UnknownError'));
    const outcome = await runSync(portsFor(server, store));
    expect(outcome.kind).toBe('updated');
    expect(store.writes).toHaveLength(1);
  });

  it('no network for the manifest → offline, nothing written', async () => {
    const server = fakeServer(publish(directoryV2()));
    server.manifestAnswer = 'throw';
    const store = recordingStore(V1);
    expect(await runSync(portsFor(server, store))).toEqual({ kind: 'offline', stage: 'manifest' });
    expect(store.writes).toEqual([]);
  });

  it('network lost during the download → offline at the directory stage', async () => {
    const server = fakeServer(publish(directoryV2()));
    server.directoryAnswer = { ok: false, kind: 'network' };
    const store = recordingStore(V1);
    expect(await runSync(portsFor(server, store))).toEqual({ kind: 'offline', stage: 'directory' });
    expect(store.version).toBe(V1);
  });

  it('server errors are reported with their status', async () => {
    const server = fakeServer(publish(directoryV2()));
    server.manifestAnswer = { ok: false, kind: 'http', status: 503 };
    expect(await runSync(portsFor(server, recordingStore()))).toEqual({
      kind: 'server-error',
      stage: 'manifest',
      status: 503,
    });
    server.manifestAnswer = undefined;
    server.directoryAnswer = { ok: false, kind: 'http', status: 404 };
    expect(await runSync(portsFor(server, recordingStore()))).toEqual({
      kind: 'server-error',
      stage: 'directory',
      status: 404,
    });
  });

  it('a broken manifest is a typed failure', async () => {
    const server = fakeServer(publish(directoryV2()));
    server.manifestAnswer = { ok: true, bytes: new TextEncoder().encode('<html>Wartung</html>') };
    expect(await runSync(portsFor(server, recordingStore()))).toEqual({
      kind: 'manifest-invalid',
      problem: 'not-json',
    });
    server.manifestAnswer = undefined;
    server.publication.manifest.sha256 = 'abc';
    expect(await runSync(portsFor(server, recordingStore()))).toEqual({
      kind: 'manifest-invalid',
      problem: 'field sha256',
    });
  });

  it('a manifest announcing more than a phone accepts is refused before anything is downloaded', async () => {
    const server = fakeServer(publish(directoryV2()));
    server.publication.manifest.bytes = MAX_DIRECTORY_BYTES + 1;
    const store = recordingStore('v1');
    expect(await runSync(portsFor(server, store))).toEqual({ kind: 'manifest-invalid', problem: 'too-large' });
    expect(server.directoryRequests).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('truncated download → size-mismatch, old data kept', async () => {
    const server = fakeServer(publish(directoryV2()));
    const full = server.publication.body;
    server.directoryAnswer = { ok: true, bytes: full.slice(0, full.byteLength - 100) };
    const store = recordingStore(V1);
    expect(await runSync(portsFor(server, store))).toEqual({
      kind: 'size-mismatch',
      expected: full.byteLength,
      actual: full.byteLength - 100,
    });
    expect(store.writes).toEqual([]);
    expect(store.version).toBe(V1);
  });

  it('altered bytes of the right length → hash-mismatch', async () => {
    const server = fakeServer(publish(directoryV2()));
    const altered = server.publication.body.slice();
    altered[50] = altered[50] === 0x41 ? 0x42 : 0x41;
    server.directoryAnswer = { ok: true, bytes: altered };
    const store = recordingStore(V1);
    const outcome = await runSync(portsFor(server, store));
    expect(outcome.kind).toBe('hash-mismatch');
    expect(store.writes).toEqual([]);
  });

  it('a body that is not JSON (but matches its manifest) → not-json', async () => {
    const server = fakeServer(publish({}));
    const body = new TextEncoder().encode('{"meta": ');
    server.publication = {
      body,
      manifest: { ...server.publication.manifest, sha256: sha256Hex(body), bytes: body.byteLength },
    };
    expect(await runSync(portsFor(server, recordingStore()))).toEqual({ kind: 'not-json' });
  });

  it('an invalid payload is rejected by the editorial schema, with German messages', async () => {
    const broken = directoryV2() as unknown as { organizations: { services: { topics: string[] }[] }[] };
    broken.organizations[0]!.services[0]!.topics = ['gibt-es-nicht'];
    const server = fakeServer(publish(broken, V2));
    const store = recordingStore(V1);
    const outcome = await runSync(portsFor(server, store));
    expect(outcome.kind).toBe('invalid-directory');
    if (outcome.kind !== 'invalid-directory') return;
    expect(outcome.issues[0]!.message).toMatch(/Unbekanntes Thema/);
    expect(store.writes).toEqual([]);
  });

  it('no hashing available (Web Crypto missing) → nothing unchecked is stored', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore(V1);
    const ports = {
      ...portsFor(server, store),
      sha256: () => Promise.reject(new TypeError('crypto.subtle is undefined')),
    };
    expect(await runSync(ports)).toMatchObject({ kind: 'hash-mismatch', actual: 'unavailable' });
    expect(store.writes).toEqual([]);
  });

  it('directory and manifest of different versions → version-mismatch', async () => {
    const server = fakeServer(publish(directoryV2(), 'ein-anderer-stand'));
    const outcome = await runSync(portsFor(server, recordingStore()));
    expect(outcome).toEqual({ kind: 'version-mismatch', manifestVersion: 'ein-anderer-stand', directoryVersion: V2 });
  });

  it('quota exceeded → storage-full, with the checked directory for use in memory', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore(V1);
    store.failWith = new DOMException('Quota exceeded', 'QuotaExceededError');
    const outcome = await runSync(portsFor(server, store));
    expect(outcome.kind).toBe('storage-full');
    if (outcome.kind !== 'storage-full') return;
    expect(outcome.directory.meta.version).toBe(V2);
    expect(store.version).toBe(V1);
  });

  it('any other storage error → storage-failed with its name', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore(V1);
    store.failWith = new DOMException('aborted', 'AbortError');
    const outcome = await runSync(portsFor(server, store));
    expect(outcome).toMatchObject({ kind: 'storage-failed', reason: 'AbortError' });
    expect(isSuccess(outcome)).toBe(false);
  });

  it('singleFlight: triggers during a running sync share it', async () => {
    const server = fakeServer(publish(directoryV2()));
    const store = recordingStore();
    const sync = singleFlight(portsFor(server, store));
    const [a, b] = await Promise.all([sync(), sync()]);
    expect(a).toBe(b);
    expect(server.manifestRequests).toBe(1);
    await sync();
    expect(server.manifestRequests).toBe(2);
  });
});
