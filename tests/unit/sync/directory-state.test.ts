import { describe, expect, it } from 'vitest';
import { getDirectoryState, updateDirectoryState } from '../../../src/app/data/directory-state';
import { syntheticDirectory } from '../../../src/tools/bench/synthetic-directory';

describe('the guide in the directory state', () => {
  const stored = syntheticDirectory({ services: 3, version: 'v1' });
  const next = syntheticDirectory({ services: 3, version: 'v2' });
  const headGuide = { ...stored.guide, questions: stored.guide.questions.slice(0, 1) };

  it('comes from the stored head first, then from the loaded directory, and goes when the directory is removed', () => {
    updateDirectoryState({ guide: headGuide });
    expect(getDirectoryState().guide).toBe(headGuide);
    expect(getDirectoryState().directory).toBeUndefined();

    updateDirectoryState({ status: 'ready', directory: stored });
    expect(getDirectoryState().guide).toBe(stored.guide);

    // A sync or another tab brings a new directory: its guide replaces the old one.
    updateDirectoryState({ directory: next });
    expect(getDirectoryState().guide).toBe(next.guide);

    // Changes that do not touch the directory keep the guide.
    updateDirectoryState({ syncing: true });
    expect(getDirectoryState().guide).toBe(next.guide);

    // "Meine Daten löschen" with the directory.
    updateDirectoryState({ status: 'empty', directory: undefined });
    expect(getDirectoryState().guide).toBeUndefined();
  });
});
