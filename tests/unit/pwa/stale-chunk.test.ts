import { describe, expect, it } from 'vitest';
import { mayReloadForStaleChunk, RELOAD_GUARD_MS, type GuardStorage } from '../../../src/app/pwa/stale-chunk';

function memoryStorage(): GuardStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('reloading a stale tab into the new version', () => {
  const now = 1_800_000_000_000;

  it('reloads once, and not again while the guard lasts (no reload loop)', () => {
    const storage = memoryStorage();
    expect(mayReloadForStaleChunk(storage, now)).toBe(true);
    expect(mayReloadForStaleChunk(storage, now + 1_000)).toBe(false);
    expect(mayReloadForStaleChunk(storage, now + RELOAD_GUARD_MS - 1)).toBe(false);
  });

  it('may reload again after the guard time (a later update in a tab kept open for days)', () => {
    const storage = memoryStorage();
    expect(mayReloadForStaleChunk(storage, now)).toBe(true);
    expect(mayReloadForStaleChunk(storage, now + RELOAD_GUARD_MS)).toBe(true);
  });

  it('a clock set back counts as a recent reload', () => {
    const storage = memoryStorage();
    expect(mayReloadForStaleChunk(storage, now)).toBe(true);
    expect(mayReloadForStaleChunk(storage, now - 5 * 60_000)).toBe(false);
  });

  it('never reloads by itself without storage, or when storage fails', () => {
    expect(mayReloadForStaleChunk(undefined, now)).toBe(false);
    const failing: GuardStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(mayReloadForStaleChunk(failing, now)).toBe(false);
  });
});
