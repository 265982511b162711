import { describe, expect, it } from 'vitest';
import type { Directory, SourceDirectory } from '../../../src/domain/directory/schema';
import type { PartsManifest } from '../../../src/domain/sync/parts-manifest';
import { runPartsSync } from '../../../src/domain/sync/parts-sync';
import { openTestStore } from '../storage/helpers';
import { partsOf, partsPorts, partsServer, publishParts } from './parts-server';

/** The languages of every localized text `{ de, … }` in the directory (a text's `machine` list names drafts). */
function textLanguages(directory: Directory): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.de === 'string') for (const key of Object.keys(record)) if (key !== 'machine') found.add(key);
    Object.values(record).forEach(walk);
  };
  walk(directory.organizations);
  return [...found].sort();
}

/** The bytes a phone with German and these languages stores. */
function bytesFor(manifest: PartsManifest, languages: string[]): number {
  const refs = [
    ...manifest.shared,
    ...languages.flatMap((l) => manifest.texts[l as keyof PartsManifest['texts']] ?? []),
  ];
  return [...new Map(refs.map((ref) => [ref.sha256, ref.bytes])).values()].reduce((n, b) => n + b, 0);
}

const first = publishParts();
const published = Object.keys(first.manifest.texts).sort();
const changedService = (source: SourceDirectory) => {
  const service = source.organizations[0]!.services[0]!;
  service.description = { ...service.description, de: `${service.description.de} Neu: auch samstags.` };
};
const next = publishParts(changedService, new Date('2026-11-09T09:00:00Z'));

/** A phone that showed every published language once (a visit worker's), one sync per language. */
async function phoneWithEveryLanguage() {
  const store = await openTestStore();
  const server = partsServer(first);
  for (const language of published) {
    expect(await runPartsSync(partsPorts(server, store), [language])).toMatchObject({ kind: 'updated' });
  }
  expect((await store.readDirectoryInfo())?.languages).toEqual(published);
  return store;
}

describe('the cap on what a phone stores, for a phone holding many languages', () => {
  it('the test region publishes at least three languages besides German, each with texts of its own', () => {
    expect(published.length).toBeGreaterThanOrEqual(3);
    for (const language of published) {
      expect(bytesFor(first.manifest, [language])).toBeGreaterThan(bytesFor(first.manifest, []));
    }
  });

  it('over the cap, the next version keeps German and the wanted language, drops the others, and keeps syncing', async () => {
    const store = await phoneWithEveryLanguage();
    const wanted = published[0]!;
    // Room for German and the wanted language, not for every language the phone holds.
    const cap = bytesFor(next.manifest, [wanted]);
    expect(bytesFor(next.manifest, published)).toBeGreaterThan(cap);
    const server = partsServer(next);
    const ports = { ...partsPorts(server, store), maxBytes: cap };

    const outcome = await runPartsSync(ports, [wanted]);
    expect(outcome).toMatchObject({ kind: 'updated', version: next.manifest.version });
    const loaded = await store.loadDirectory();
    expect(loaded!.info.version).toBe(next.manifest.version);
    expect(loaded!.info.languages).toEqual([wanted]);
    expect(textLanguages(loaded!.directory)).toEqual(['de', wanted].sort());
    expect([...(loaded!.info.parts ?? [])].sort()).toEqual(partsOf(next.manifest, [wanted]).sort());
    // The dropped languages' parts are gone from storage with the old version.
    const leftOver = await store.readParts(partsOf(first.manifest, published));
    expect([...leftOver.keys()].every((hash) => partsOf(next.manifest, [wanted]).includes(hash))).toBe(true);

    // The next sync of the same version is up to date: the phone updates again, nothing is fetched twice.
    server.partRequests = [];
    expect(await runPartsSync(ports, [wanted])).toEqual({ kind: 'up-to-date', version: next.manifest.version });
    expect(server.partRequests).toEqual([]);
    store.close();
  });

  it('within the cap, every held language is kept and updated (nothing dropped without need)', async () => {
    const store = await phoneWithEveryLanguage();
    const ports = { ...partsPorts(partsServer(next), store), maxBytes: bytesFor(next.manifest, published) };
    expect(await runPartsSync(ports, [published[0]!])).toMatchObject({ kind: 'updated' });
    const loaded = await store.loadDirectory();
    expect(loaded!.info.languages).toEqual(published);
    expect(textLanguages(loaded!.directory)).toEqual(['de', ...published].sort());
    store.close();
  });

  it('in visit mode two wanted languages are kept together and the rest dropped', async () => {
    const store = await phoneWithEveryLanguage();
    const wanted = [published[1]!, published[2]!];
    const ports = { ...partsPorts(partsServer(next), store), maxBytes: bytesFor(next.manifest, wanted) };
    expect(await runPartsSync(ports, wanted)).toMatchObject({ kind: 'updated' });
    const loaded = await store.loadDirectory();
    expect(loaded!.info.languages).toEqual([...wanted].sort());
    expect(textLanguages(loaded!.directory)).toEqual(['de', ...wanted].sort());
    store.close();
  });

  it('German and the wanted language alone over the cap: refused before any download, nothing stored is lost', async () => {
    const store = await phoneWithEveryLanguage();
    const before = await store.loadDirectory();
    const partsBefore = await store.readParts(partsOf(first.manifest, published));
    const wanted = published[0]!;
    const server = partsServer(next);
    const ports = { ...partsPorts(server, store), maxBytes: bytesFor(next.manifest, [wanted]) - 1 };

    expect(await runPartsSync(ports, [wanted])).toEqual({ kind: 'manifest-invalid', problem: 'too-large' });
    expect(server.partRequests).toEqual([]);
    const after = await store.loadDirectory();
    expect(after!.info).toEqual(before!.info);
    expect(after!.directory).toEqual(before!.directory);
    expect(textLanguages(after!.directory)).toEqual(['de', ...published].sort());
    const partsAfter = await store.readParts(partsOf(first.manifest, published));
    expect([...partsAfter.keys()].sort()).toEqual([...partsBefore.keys()].sort());
    store.close();
  });
});
