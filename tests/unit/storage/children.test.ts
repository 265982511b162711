import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { openIdbStore } from '../../../src/storage/idb-store';
import { createMemoryStore } from '../../../src/storage/memory-store';
import { addChildren, MIGRATIONS, openDatabase } from '../../../src/storage/migrations';
import { NewerDatabaseError, openAppStore } from '../../../src/storage/open-store';
import type { ChildRecord } from '../../../src/storage/records';
import type { AppStore } from '../../../src/storage/store';
import { freshName, version } from './helpers';

const kinds: [string, () => Promise<AppStore>][] = [
  ['IndexedDB', () => openIdbStore({ name: freshName() })],
  ['memory', async () => createMemoryStore()],
];

const ada: ChildRecord = {
  id: 'c-1',
  date: '2026-02-28',
  expected: false,
  nickname: 'Ada',
  town: 'luenen',
  savedAt: 10,
};
const due: ChildRecord = { id: 'c-2', date: '2027-03-01', expected: true, savedAt: 20 };

describe.each(kinds)("the timeline's children (%s)", (_kind, open) => {
  it('keeps several children in the order they were entered, and replaces one by its id', async () => {
    const store = await open();
    await store.saveChild(due);
    await store.saveChild(ada);
    expect(await store.listChildren()).toEqual([ada, due]);
    await store.saveChild({ ...due, date: '2027-02-20', expected: false });
    expect((await store.listChildren()).map((c) => [c.id, c.date, c.expected])).toEqual([
      ['c-1', '2026-02-28', false],
      ['c-2', '2027-02-20', false],
    ]);
  });

  it('deletes one child and says whether it was there', async () => {
    const store = await open();
    await store.saveChild(ada);
    await store.saveChild(due);
    expect(await store.removeChild('c-1')).toBe(true);
    expect(await store.removeChild('c-1')).toBe(false);
    expect(await store.listChildren()).toEqual([due]);
  });

  it('"Meine Daten löschen" removes every child with the Merkliste and says how many', async () => {
    const store = await open();
    const { directory, info } = version(1, 3);
    await store.replaceDirectory(directory, info);
    await store.saveContact(directory.organizations[0]!.services[0]!);
    await store.saveChild(ada);
    await store.saveChild(due);
    expect(await store.clearMyData({ includeDirectory: false })).toEqual({
      savedContacts: 1,
      children: 2,
      directory: false,
    });
    expect(await store.listChildren()).toEqual([]);
  });
});

describe('the children store on the phone', () => {
  it('step 3 adds an empty children store to a version-2 database and keeps its saved contacts', async () => {
    const name = freshName();
    const v2 = await openIdbStore({ name, migrations: MIGRATIONS.slice(0, 2) });
    const { directory } = version(1, 3);
    await v2.saveContact(directory.organizations[0]!.services[0]!);
    v2.close();
    expect(MIGRATIONS[2]).toBe(addChildren);
    const db = await openDatabase({ name });
    expect([...db.objectStoreNames]).toContain('children');
    expect(await db.count('children')).toBe(0);
    expect(await db.count('saved')).toBe(1);
    db.close();
  });

  it('after deleting, nothing of the child is left in IndexedDB', async () => {
    const name = freshName();
    const store = await openIdbStore({ name });
    await store.saveChild(ada);
    await store.removeChild(ada.id);
    store.close();
    const db = await openDB(name);
    expect(await db.getAll('children')).toEqual([]);
    db.close();
  });

  it('a database of a newer release refuses to store a child instead of pretending', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = freshName();
    (await openIdbStore({ name })).close();
    (await openDB(name, MIGRATIONS.length + 1, { upgrade: () => undefined })).close();
    const opened = await openAppStore({ name });
    expect(opened.problem).toBe('newer-version');
    await expect(opened.store.saveChild(ada)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(opened.store.removeChild(ada.id)).rejects.toBeInstanceOf(NewerDatabaseError);
    vi.restoreAllMocks();
  });
});
