import { describe, expect, it, vi } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { searchDirectory } from '../../../src/domain/search/directory-search';
import { searchFromData } from '../../../src/domain/search/search-index';
import { OtherVersionError, preparedSearchData } from '../../../src/worker/search-data';
import { V1, V2, openTestStore, version } from './helpers';

describe('the search index stored next to the directory', () => {
  it('is built once from the stored directory, stored, and read back the next time', async () => {
    const store = await openTestStore();
    const { directory, info } = version(1, 40);
    await store.replaceDirectory(directory, info);
    expect(await store.loadSearch(V1)).toBeUndefined();

    const built = await preparedSearchData(store);
    expect(await store.loadSearch(V1)).toEqual(built);

    const load = vi.spyOn(store, 'loadDirectory');
    // Asked for the stored version, the index is all it reads (no head, no counting of records).
    const head = vi.spyOn(store, 'readDirectoryInfo');
    const again = await preparedSearchData(store, V1);
    expect(load).not.toHaveBeenCalled();
    expect(head).not.toHaveBeenCalled();
    expect(await store.loadStoredSearch()).toEqual({ version: V1, data: again });
    const entries = directoryEntries(directory);
    const fresh = searchDirectory(directory, entries).search('Stand');
    expect(
      searchFromData(again)
        .search('Stand')
        .map((hit) => entries[hit.doc]!.service.id),
    ).toEqual(fresh.map((hit) => hit.entry.service.id));
    store.close();
  });

  it('answers only for the stored version, and a new directory needs its own index', async () => {
    const store = await openTestStore();
    await store.replaceDirectory(version(1).directory, version(1).info);
    await preparedSearchData(store);
    await expect(preparedSearchData(store, V2)).rejects.toBeInstanceOf(OtherVersionError);
    await store.replaceDirectory(version(2).directory, version(2).info);
    expect(await store.loadSearch(V2)).toBeUndefined();
    expect(await store.loadSearch(V1)).toBeUndefined();
    await preparedSearchData(store, V2);
    expect(await store.loadSearch(V2)).toBeDefined();
    store.close();
  });

  it('is removed with the directory by "Meine Daten löschen"', async () => {
    const store = await openTestStore();
    await store.replaceDirectory(version(1).directory, version(1).info);
    await preparedSearchData(store);
    await store.clearMyData({ includeDirectory: true });
    expect(await store.loadSearch(V1)).toBeUndefined();
    expect(await store.loadStoredSearch()).toBeUndefined();
    store.close();
  });
});
