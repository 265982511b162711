import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import { partsSingleFlight, runPartsSync } from '../../../src/domain/sync/parts-sync';
import { breakPutAfter, openTestStore } from '../storage/helpers';
import { partsOf, partsPorts, partsServer, publishParts, sha256Hex } from './parts-server';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The languages the texts are in (a text's `machine` list names drafts; it is no language). */
const textLanguages = (directory: Directory) =>
  new Set(
    directory.organizations
      .flatMap((o) => [
        ...Object.keys(o.name),
        ...o.services.flatMap((s) => [...Object.keys(s.name), ...Object.keys(s.description)]),
      ])
      .filter((key) => key !== 'machine'),
  );

/** Every part's SHA-256 stored on the phone now. */
async function storedParts(store: Awaited<ReturnType<typeof openTestStore>>): Promise<string[]> {
  const info = await store.readDirectoryInfo();
  const held = await store.readParts(partsOf(first.manifest, Object.keys(first.manifest.texts)));
  return [...new Set([...held.keys(), ...(info?.parts ?? [])])].sort();
}

const first = publishParts();
const changedService = (source: Parameters<Parameters<typeof publishParts>[0] & object>[0]) => {
  const service = source.organizations[0]!.services[0]!;
  service.description = { ...service.description, de: `${service.description.de} Neu: auch samstags.` };
};

describe('sync of the directory in parts', () => {
  it('a first visit in Turkish fetches the shared parts and the Turkish ones only, and stores German and Turkish', async () => {
    const store = await openTestStore();
    const server = partsServer(first);
    const outcome = await runPartsSync(partsPorts(server, store), ['tr']);
    expect(outcome).toMatchObject({ kind: 'updated', version: first.manifest.version });
    expect(server.partRequests.sort()).toEqual(partsOf(first.manifest, ['tr']).sort());
    const loaded = await store.loadDirectory();
    expect([...textLanguages(loaded!.directory)].sort()).toEqual(['de', 'tr']);
    expect(loaded!.info.languages).toEqual(['tr']);
    expect(await storedParts(store)).toEqual(partsOf(first.manifest, ['tr']).sort());
    store.close();
  });

  it('a second language is fetched alone (no shared part again); the first stays', async () => {
    const store = await openTestStore();
    const server = partsServer(first);
    await runPartsSync(partsPorts(server, store), ['tr']);
    server.partRequests = [];
    const outcome = await runPartsSync(partsPorts(server, store), ['ar']);
    expect(outcome).toMatchObject({ kind: 'updated' });
    const arabicOnly = partsOf(first.manifest, ['ar']).filter(
      (hash) => !partsOf(first.manifest, ['tr']).includes(hash),
    );
    expect(server.partRequests.sort()).toEqual(arabicOnly.sort());
    const loaded = await store.loadDirectory();
    expect([...textLanguages(loaded!.directory)].sort()).toEqual(['ar', 'de', 'tr']);
    // Nothing new wanted: only the manifest is asked.
    server.partRequests = [];
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toMatchObject({ kind: 'up-to-date' });
    expect(server.partRequests).toEqual([]);
    store.close();
  });

  it('after one service changed, an update fetches only the changed part and drops the part no version uses', async () => {
    const store = await openTestStore();
    await runPartsSync(partsPorts(partsServer(first), store), ['tr']);
    const next = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));
    const server = partsServer(next);
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toMatchObject({ kind: 'updated' });
    const before = new Set(partsOf(first.manifest, ['tr']));
    const changed = partsOf(next.manifest, ['tr']).filter((hash) => !before.has(hash));
    expect(changed).toHaveLength(1);
    expect(server.partRequests).toEqual(changed);
    const info = await store.readDirectoryInfo();
    expect(info?.parts?.sort()).toEqual(partsOf(next.manifest, ['tr']).sort());
    const held = await store.readParts([...before, ...changed]);
    expect([...held.keys()].sort()).toEqual(partsOf(next.manifest, ['tr']).sort());
    const loaded = await store.loadDirectory();
    expect(loaded!.directory.organizations[0]!.services[0]!.description.de).toMatch(/Neu: auch samstags\.$/);
    store.close();
  });

  it.each([
    ['no network', 'throw' as const, { kind: 'offline', stage: 'directory' }],
    [
      'a part missing on the server (404)',
      { ok: false as const, kind: 'http' as const, status: 404 },
      { kind: 'server-error', stage: 'directory', status: 404 },
    ],
    ['a stalled part', { ok: false as const, kind: 'stalled' as const }, { kind: 'stalled', stage: 'directory' }],
  ])('%s: the stored directory stays as it was, all of one version', async (_name, answer, expected) => {
    const store = await openTestStore();
    await runPartsSync(partsPorts(partsServer(first), store), ['tr']);
    const next = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));
    const server = partsServer(next);
    const changed = partsOf(next.manifest, ['tr']).find((hash) => !partsOf(first.manifest, ['tr']).includes(hash))!;
    server.partAnswers.set(changed, answer);
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toEqual(expected);
    const loaded = await store.loadDirectory();
    expect(loaded!.info.version).toBe(first.manifest.version);
    expect(loaded!.directory.organizations[0]!.services[0]!.description.de).not.toMatch(/samstags/);
    expect(await storedParts(store)).toEqual(partsOf(first.manifest, ['tr']).sort());
    store.close();
  });

  it('altered or cut bytes in one part, or a part of another version: refused, nothing written', async () => {
    const store = await openTestStore();
    const server = partsServer(first);
    const [target] = partsOf(first.manifest, ['tr']).slice(-1);
    const good = first.files.get(target!)!;
    const altered = good.slice();
    altered[10] = altered[10] === 0x41 ? 0x42 : 0x41;
    server.partAnswers.set(target!, { ok: true, bytes: altered });
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toMatchObject({
      kind: 'hash-mismatch',
      expected: target,
      actual: sha256Hex(altered),
    });
    server.partAnswers.set(target!, { ok: true, bytes: good.slice(0, -5) });
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toMatchObject({ kind: 'size-mismatch' });
    // A part of the next publication under this one's name (a stale cache, a half deploy).
    const next = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));
    const other = [...next.files.values()].find((bytes) => bytes.byteLength !== good.byteLength)!;
    server.partAnswers.set(target!, { ok: true, bytes: other });
    expect((await runPartsSync(partsPorts(server, store), ['tr'])).kind).toMatch(/size-mismatch|hash-mismatch/);
    expect(await store.readDirectoryInfo()).toBeUndefined();
    expect(await storedParts(store)).toEqual([]);
    store.close();
  });

  it('a manifest whose language parts do not line up with the shared ones is refused before any download', async () => {
    const store = await openTestStore();
    const broken = structuredClone(first);
    const language = Object.keys(broken.manifest.texts)[0] as keyof typeof broken.manifest.texts;
    broken.manifest.texts[language] = broken.manifest.texts[language]!.slice(1);
    const server = partsServer(broken);
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toMatchObject({ kind: 'manifest-invalid' });
    expect(server.partRequests).toEqual([]);
    store.close();
  });

  it('storage full: the checked directory is handed back for this visit, the stored one and its parts are kept', async () => {
    const store = await openTestStore();
    await runPartsSync(partsPorts(partsServer(first), store), ['tr']);
    const next = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));
    breakPutAfter(0, 'parts', new DOMException('full', 'QuotaExceededError'));
    const outcome = await runPartsSync(partsPorts(partsServer(next), store), ['tr']);
    expect(outcome).toMatchObject({ kind: 'storage-full', info: { version: next.manifest.version } });
    vi.restoreAllMocks();
    expect((await store.readDirectoryInfo())?.version).toBe(first.manifest.version);
    expect(await storedParts(store)).toEqual(partsOf(first.manifest, ['tr']).sort());
    store.close();
  });

  it('a write killed halfway (closed tab, crash) leaves the old version with its parts', async () => {
    const store = await openTestStore();
    await runPartsSync(partsPorts(partsServer(first), store), ['tr']);
    const next = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));
    breakPutAfter(3, 'services', 'abort');
    const outcome = await runPartsSync(partsPorts(partsServer(next), store), ['tr', 'ar']);
    expect(outcome.kind).toBe('storage-failed');
    vi.restoreAllMocks();
    const loaded = await store.loadDirectory();
    expect(loaded!.info.version).toBe(first.manifest.version);
    expect([...textLanguages(loaded!.directory)].sort()).toEqual(['de', 'tr']);
    expect(await storedParts(store)).toEqual(partsOf(first.manifest, ['tr']).sort());
    store.close();
  });

  it('an older publication arriving after another tab stored a newer one is not written', async () => {
    const store = await openTestStore();
    const older = publishParts(() => undefined, new Date('2026-11-01T09:00:00Z'));
    const newer = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));
    const slow = partsServer(older);
    const ports = partsPorts(slow, store);
    // The other tab stores the newer directory while this sync waits for its parts.
    const original = ports.fetchPart;
    let raced = false;
    ports.fetchPart = async (hash, stop) => {
      if (!raced) {
        raced = true;
        await runPartsSync(partsPorts(partsServer(newer), store), ['tr']);
      }
      return original(hash, stop);
    };
    expect(await runPartsSync(ports, ['tr'])).toMatchObject({ kind: 'newer-stored', version: newer.manifest.version });
    expect((await store.readDirectoryInfo())?.version).toBe(newer.manifest.version);
    expect(await storedParts(store)).toEqual(partsOf(newer.manifest, ['tr']).sort());
    store.close();
  });

  it('a directory stored whole (before the parts) counts as holding every language: no download for the same version', async () => {
    const store = await openTestStore();
    const outcome = await runPartsSync(partsPorts(partsServer(first), store), ['tr']);
    if (outcome.kind !== 'updated') throw new Error(outcome.kind);
    const { languages: _l, parts: _p, ...whole } = outcome.info;
    await store.replaceDirectory(outcome.directory, whole);
    const server = partsServer(first);
    expect(await runPartsSync(partsPorts(server, store), ['ar'])).toMatchObject({ kind: 'up-to-date' });
    expect(server.partRequests).toEqual([]);
    store.close();
  });

  it('one sync at a time: the same languages share the running one, another language replaces it', async () => {
    const store = await openTestStore();
    const server = partsServer(first);
    const sync = partsSingleFlight(partsPorts(server, store));
    const a = sync({ languages: ['tr'] });
    expect(sync({ languages: ['tr'] })).toBe(a);
    const b = sync({ languages: ['ar'] });
    expect(b).not.toBe(a);
    // Whoever waited for the replaced attempt gets the new one's outcome; a replaced attempt that
    // still wrote its languages (a write is never stopped) is kept and the new one adds its own.
    expect(await a).toEqual(await b);
    expect(await b).toMatchObject({ kind: 'updated' });
    expect((await store.readDirectoryInfo())?.languages).toContain('ar');
    store.close();
  });

  it('a replaced sync for fewer languages that writes last does not drop a language the phone holds', async () => {
    const store = await openTestStore();
    const server = partsServer(first);
    const ports = partsPorts(server, store);
    // The German-only attempt waits for its parts while the Turkish one completes and stores.
    const original = ports.fetchPart;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    ports.fetchPart = async (hash, stop) => {
      await held;
      return original(hash, stop);
    };
    const germanOnly = runPartsSync(ports, []);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await runPartsSync(partsPorts(server, store), ['tr'])).toMatchObject({ kind: 'updated' });
    release();
    // Its write is refused (it would drop Turkish); looking again, the phone already holds what it wants.
    expect(await germanOnly).toMatchObject({ kind: 'up-to-date', version: first.manifest.version });
    expect((await store.readDirectoryInfo())?.languages).toEqual(['tr']);
    expect([...textLanguages((await store.loadDirectory())!.directory)].sort()).toEqual(['de', 'tr']);
    store.close();
  });
});
