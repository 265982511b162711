import { describe, expect, it, vi } from 'vitest';
import { getDirectoryState, updateDirectoryState, whenGuideKnown } from '../../../src/app/data/directory-state';
import { numberedDirectory } from '../../fixtures/numbered-directory';

describe('the guide in the directory state', () => {
  const stored = numberedDirectory({ services: 3, version: 'v1' });
  const next = numberedDirectory({ services: 3, version: 'v2' });
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

describe('whenGuideKnown (the ready first-question page waits for it)', () => {
  const guide = numberedDirectory({ services: 1, version: 'v1' }).guide;

  it('resolves once the guide arrives, or once it is clear there is none, or after the patience runs out', async () => {
    vi.useFakeTimers();
    try {
      updateDirectoryState({ status: 'loading', directory: undefined });
      let done = false;
      void whenGuideKnown(3000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(100);
      expect(done).toBe(false);
      updateDirectoryState({ guide });
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(true);

      updateDirectoryState({ status: 'loading', directory: undefined });
      done = false;
      void whenGuideKnown(3000).then(() => (done = true));
      updateDirectoryState({ status: 'empty' }); // first visit without network: nothing to wait for
      await vi.advanceTimersByTimeAsync(0);
      expect(done).toBe(true);

      updateDirectoryState({ status: 'loading', directory: undefined });
      done = false;
      void whenGuideKnown(3000).then(() => (done = true));
      await vi.advanceTimersByTimeAsync(2999);
      expect(done).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(done).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
