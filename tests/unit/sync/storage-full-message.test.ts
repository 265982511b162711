import { afterEach, describe, expect, it } from 'vitest';
import { stateAfterSync } from '../../../src/app/data/after-sync';
import { getDirectoryState, updateDirectoryState } from '../../../src/app/data/directory-state';
import { outcomeMessage } from '../../../src/app/data/sync-messages';
import type { SyncOutcome } from '../../../src/domain/sync/outcome';
import { syntheticDirectory } from '../../../src/tools/bench/synthetic-directory';

const directory = syntheticDirectory({ services: 4, version: 'v2' });
const info = { version: 'v2', sha256: 'a'.repeat(64), bytes: 10, fetchedAt: 1 };
const t = (key: string) => key;

afterEach(() => {
  updateDirectoryState({ status: 'idle', keptInMemory: undefined, directory: undefined, failedUpdate: undefined });
});

describe('the storage-full message', () => {
  const notStored: SyncOutcome[] = [
    { kind: 'storage-full', directory, info },
    { kind: 'storage-failed', reason: 'UnknownError', directory, info },
  ];
  it.each(notStored)('first visit ($kind): never claims earlier data "stay", since there were none', (outcome) => {
    updateDirectoryState({ status: 'empty' });
    updateDirectoryState(stateAfterSync(getDirectoryState(), outcome, undefined));
    expect(getDirectoryState()).toMatchObject({ status: 'ready', keptInMemory: true, failedUpdate: outcome.kind });
    expect(outcomeMessage(outcome.kind, t)).toBe(
      outcome.kind === 'storage-full' ? 'sync.outcome.storageFullFirst' : 'sync.outcome.storageFailedFirst',
    );
  });

  it('with a directory already stored: the earlier data stay', () => {
    updateDirectoryState({ status: 'ready' });
    updateDirectoryState(stateAfterSync(getDirectoryState(), { kind: 'storage-full', directory, info }, 5));
    expect(getDirectoryState().keptInMemory).toBeUndefined();
    expect(outcomeMessage('storage-full', t)).toBe('sync.outcome.storageFull');
  });

  it('once a later download is stored, the message about this visit only is gone', () => {
    updateDirectoryState({ status: 'empty' });
    updateDirectoryState(stateAfterSync(getDirectoryState(), { kind: 'storage-full', directory, info }, undefined));
    updateDirectoryState(
      stateAfterSync(getDirectoryState(), { kind: 'updated', version: 'v3', previousVersion: undefined, info }, 9),
    );
    expect(getDirectoryState().keptInMemory).toBe(false);
    expect(outcomeMessage('storage-full', t)).toBe('sync.outcome.storageFull');
  });
});
