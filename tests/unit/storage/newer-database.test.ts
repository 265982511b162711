import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MIGRATIONS } from '../../../src/storage/migrations';
import { NewerDatabaseError, openAppStore } from '../../../src/storage/open-store';
import { freshName, openTestStore, version } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A phone whose database a newer release already upgraded, with one saved contact in it. */
async function databaseFromANewerRelease(): Promise<{ name: string; savedId: string }> {
  const name = freshName();
  const current = await openTestStore({ name });
  const { directory, info } = version(1, 5);
  await current.replaceDirectory(directory, info);
  const service = directory.organizations[0]!.services[0]!;
  await current.saveContact(service);
  current.close();
  // The newer release's upgrade: one migration this code does not know.
  const newer = await openDB(name, MIGRATIONS.length + 1, { upgrade: () => undefined });
  newer.close();
  return { name, savedId: service.id };
}

async function savedInDatabase(name: string): Promise<string[]> {
  const db = await openDB(name);
  const ids = (await db.getAllKeys('saved')).map(String);
  db.close();
  return ids;
}

describe('a database made by a newer version of the app (a release rolled back)', () => {
  it('is its own case, not "storage unavailable", and the family data stays where it is', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { name, savedId } = await databaseFromANewerRelease();
    const opened = await openAppStore({ name });
    expect(opened.problem).toBe('newer-version');
    expect(opened.store.kind).toBe('memory');
    expect(await savedInDatabase(name)).toEqual([savedId]);
  });

  it('refuses to save, reorder or delete the family data in a memory store as if it were theirs', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { name, savedId } = await databaseFromANewerRelease();
    const { store } = await openAppStore({ name });
    const { directory, info } = version(2, 5);
    // The public directory may still be used for this visit …
    await store.replaceDirectory(directory, info);
    expect((await store.loadDirectory())?.info.version).toBe(info.version);
    // … but nothing the family does is kept where it would be lost on reload.
    const service = directory.organizations[0]!.services[0]!;
    await expect(store.saveContact(service)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(store.removeSaved(savedId)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(store.reorderSaved([savedId])).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(store.setSetting('persistRequested', true)).rejects.toBeInstanceOf(NewerDatabaseError);
    await expect(store.clearMyData({ includeDirectory: true })).rejects.toBeInstanceOf(NewerDatabaseError);
    expect(await savedInDatabase(name)).toEqual([savedId]);
  });
});
