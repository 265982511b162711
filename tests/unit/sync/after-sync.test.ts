import { describe, expect, it } from 'vitest';
import type { SyncOutcome } from '../../../src/domain/sync/outcome';
import { stateAfterSync } from '../../../src/app/data/after-sync';
import type { DirectoryState } from '../../../src/app/data/directory-state';
import { numberedDirectory } from '../../fixtures/numbered-directory';

const base: DirectoryState = {
  status: 'ready',
  storage: 'indexeddb',
  syncing: true,
  updateNotice: false,
  superseded: false,
};
const directory = numberedDirectory({ services: 12, version: 'v2' });
const info = { version: 'v2', sha256: 'a'.repeat(64), bytes: 10, fetchedAt: 1 };

describe('stateAfterSync', () => {
  it('an update is announced with a quiet notice; the new directory itself is read from storage', () => {
    const next = stateAfterSync(base, { kind: 'updated', version: 'v2', previousVersion: 'v1', info }, 99);
    expect(next).toEqual({
      syncing: false,
      lastOutcome: 'updated',
      lastSuccessAt: 99,
      failedUpdate: undefined,
      updateNotice: true,
    });
  });

  it('the first download is not announced as an update', () => {
    const next = stateAfterSync(
      { ...base, status: 'empty' },
      { kind: 'updated', version: 'v2', previousVersion: undefined, info },
      1,
    );
    expect(next.updateNotice).toBe(false);
  });

  it('no network is not a failed update (the data date says how old the data is)', () => {
    const next = stateAfterSync(base, { kind: 'offline', stage: 'manifest' }, undefined);
    expect(next.failedUpdate).toBeUndefined();
    expect(next).not.toHaveProperty('directory');
  });

  it('a broken publication keeps the old data and is reported where data is shown', () => {
    const outcome: SyncOutcome = { kind: 'hash-mismatch', expected: 'a', actual: 'b' };
    const next = stateAfterSync(base, outcome, undefined);
    expect(next).toEqual({ syncing: false, lastOutcome: 'hash-mismatch', failedUpdate: 'hash-mismatch' });
  });

  it('quota exceeded with old data: keeps it and says so', () => {
    const next = stateAfterSync(base, { kind: 'storage-full', directory, info }, 5);
    expect(next).toEqual({
      syncing: false,
      lastOutcome: 'storage-full',
      lastSuccessAt: 5,
      failedUpdate: 'storage-full',
    });
  });

  it('quota exceeded on the first visit: uses the checked download for this visit', () => {
    const next = stateAfterSync({ ...base, status: 'empty' }, { kind: 'storage-full', directory, info }, undefined);
    expect(next).toMatchObject({ status: 'ready', directory, failedUpdate: 'storage-full' });
  });

  it('a successful check clears an earlier failure', () => {
    const next = stateAfterSync({ ...base, failedUpdate: 'not-json' }, { kind: 'up-to-date', version: 'v1' }, 7);
    expect(next).toMatchObject({ failedUpdate: undefined, lastSuccessAt: 7 });
  });
});
