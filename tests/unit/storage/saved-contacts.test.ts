import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/storage/memory-store';
import type { AppStore } from '../../../src/storage/store';
import { openIdbStore } from '../../../src/storage/idb-store';
import { V2, freshName, version } from './helpers';

/** The Merkliste must behave the same whether IndexedDB or the memory fallback is behind it. */
const kinds: [string, () => Promise<AppStore>][] = [
  ['IndexedDB', () => openIdbStore({ name: freshName() })],
  ['memory', async () => createMemoryStore()],
];

const service = (directory: ReturnType<typeof version>['directory'], id: string) =>
  directory.organizations.flatMap((o) => o.services).find((s) => s.id === id)!;

describe.each(kinds)('saved contacts (%s)', (_kind, open) => {
  it('saves with the organization contact data, lists in order, removes', async () => {
    const store = await open();
    const { directory, info } = version(1);
    await store.replaceDirectory(directory, info);
    await store.saveContact(service(directory, 'angebot-3'));
    await store.saveContact(service(directory, 'angebot-12'));
    await store.saveContact(service(directory, 'angebot-3')); // saving twice keeps one entry and its place
    const list = await store.listSaved();
    expect(list.map((c) => c.id)).toEqual(['angebot-3', 'angebot-12']);
    expect(list[0]).toMatchObject({ inDirectory: true, snapshot: { organization: { id: 'traeger-00000' } } });
    expect(list[0]!.snapshot.locations.map((l) => l.id)).toEqual(['traeger-00000-standort']);
    expect(list[0]!.snapshot.organization?.phones[0]?.number).toBe(directory.organizations[0]!.phones[0]!.number);
    expect(await store.removeSaved('angebot-3')).toBe(true);
    expect(await store.removeSaved('angebot-3')).toBe(false);
    expect((await store.listSaved()).map((c) => c.id)).toEqual(['angebot-12']);
  });

  it('a renamed contact keeps the name it was saved under, beside the new one', async () => {
    const store = await open();
    const v1 = version(1);
    await store.replaceDirectory(v1.directory, v1.info);
    const before = service(v1.directory, 'angebot-6');
    await store.saveContact(before);

    const v2 = version(2);
    const renamed = service(v2.directory, 'angebot-6');
    renamed.name = { de: 'Ein ganz neuer Name', en: 'A whole new name' };
    await store.replaceDirectory(v2.directory, v2.info);
    await store.saveContact(renamed); // saving again after the rename still remembers the first name
    const [contact] = await store.listSaved();
    expect(contact!.snapshot.service.name.de).toBe('Ein ganz neuer Name');
    expect(contact!.savedName).toEqual(before.name);
  });

  it('reorders: named ids first in the given order, the rest after', async () => {
    const store = await open();
    const { directory, info } = version(1);
    await store.replaceDirectory(directory, info);
    for (const id of ['angebot-1', 'angebot-2', 'angebot-3', 'angebot-4'])
      await store.saveContact(service(directory, id));
    await store.reorderSaved(['angebot-3', 'angebot-1']);
    expect((await store.listSaved()).map((c) => c.id)).toEqual(['angebot-3', 'angebot-1', 'angebot-2', 'angebot-4']);
    await store.saveContact(service(directory, 'angebot-5'));
    expect((await store.listSaved()).at(-1)?.id).toBe('angebot-5');
  });

  it('a directory update refreshes kept contacts and marks vanished ones, never drops them', async () => {
    const store = await open();
    const v1 = version(1);
    await store.replaceDirectory(v1.directory, v1.info);
    await store.saveContact(service(v1.directory, 'angebot-4'));
    await store.saveContact(service(v1.directory, 'angebot-5'));

    const v2 = version(2, 30, ['angebot-5']);
    await store.replaceDirectory(v2.directory, v2.info);
    const [kept, vanished] = await store.listSaved();
    expect(kept).toMatchObject({ id: 'angebot-4', inDirectory: true, snapshot: { directoryVersion: V2 } });
    expect(kept!.snapshot.service.summary.de).toContain('Stand 2');
    expect(vanished).toMatchObject({ id: 'angebot-5', inDirectory: false });
    // Last known contact data stays visible.
    expect(vanished!.snapshot.service.phones[0]?.number).toBe(service(v1.directory, 'angebot-5').phones[0]!.number);
    expect(vanished!.snapshot.service.summary.de).toContain('Stand 1');
  });

  it('a contact saved before any directory is stored is kept from the service itself', async () => {
    const store = await open();
    const { directory } = version(1);
    await store.saveContact(service(directory, 'angebot-8'));
    const [contact] = await store.listSaved();
    expect(contact).toMatchObject({ id: 'angebot-8', inDirectory: false });
    expect(contact!.snapshot.organization).toBeUndefined();
  });
});

describe('saved contacts survive reloads and app updates (IndexedDB)', () => {
  it('are still there after closing and reopening the database', async () => {
    const name = freshName();
    const store = await openIdbStore({ name });
    const { directory, info } = version(1);
    await store.replaceDirectory(directory, info);
    await store.saveContact(service(directory, 'angebot-9'));
    store.close();
    const again = await openIdbStore({ name });
    expect((await again.listSaved()).map((c) => [c.id, c.inDirectory])).toEqual([['angebot-9', true]]);
    again.close();
  });
});
