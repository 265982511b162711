import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAppStore } from '../../../src/storage/open-store';
import { freshName, version } from './helpers';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('openAppStore', () => {
  it('uses IndexedDB when it works', async () => {
    const opened = await openAppStore({ name: freshName() });
    expect(opened.problem).toBeUndefined();
    expect(opened.store.kind).toBe('indexeddb');
    opened.store.close();
  });

  it('without IndexedDB (private mode) runs from memory and says why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const opened = await openAppStore({ name: freshName() });
    expect(opened).toMatchObject({ problem: 'unavailable', store: { kind: 'memory' } });
    // The memory store works like the real one for this visit.
    const { directory, info } = version(1, 5);
    await opened.store.replaceDirectory(directory, info);
    expect((await opened.store.loadDirectory())?.directory).toEqual(directory);
  });

  it('when the browser refuses to open the database (Firefox private mode) it also runs from memory', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    });
    const opened = await openAppStore({ name: freshName() });
    expect(opened).toMatchObject({ problem: 'unavailable', store: { kind: 'memory' } });
  });
});
