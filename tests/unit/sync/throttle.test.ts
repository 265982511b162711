import { describe, expect, it } from 'vitest';
import {
  CHECK_INTERVAL_MS,
  ONLINE_MIN_GAP_MS,
  RETRY_AFTER_FAILURE_MS,
  shouldSync,
} from '../../../src/domain/sync/throttle';

const now = 1_800_000_000_000;
const minutes = (n: number) => n * 60 * 1000;

describe('shouldSync', () => {
  it('always checks on start and when the user asks', () => {
    const justChecked = { hasData: true, lastAttemptAt: now - 1, lastSuccessAt: now - 1 };
    expect(shouldSync('start', justChecked, now)).toBe(true);
    expect(shouldSync('manual', justChecked, now)).toBe(true);
  });

  it('checks in the background at most every few hours', () => {
    const recent = { hasData: true, lastAttemptAt: now - minutes(30), lastSuccessAt: now - minutes(30) };
    expect(shouldSync('interval', recent, now)).toBe(false);
    const old = { hasData: true, lastAttemptAt: now - CHECK_INTERVAL_MS, lastSuccessAt: now - CHECK_INTERVAL_MS };
    expect(shouldSync('interval', old, now)).toBe(true);
  });

  it('coming back online checks unless a check just succeeded', () => {
    expect(
      shouldSync('online', { hasData: true, lastAttemptAt: now - minutes(1), lastSuccessAt: now - minutes(1) }, now),
    ).toBe(false);
    expect(shouldSync('online', { hasData: true, lastSuccessAt: now - ONLINE_MIN_GAP_MS }, now)).toBe(true);
    // The attempt a minute ago failed because we were offline: coming back is exactly when to try.
    expect(
      shouldSync('online', { hasData: true, lastAttemptAt: now - minutes(1), lastSuccessAt: now - minutes(90) }, now),
    ).toBe(true);
  });

  it('without data: coming online always tries; background checks retry, but not in a tight loop', () => {
    expect(shouldSync('online', { hasData: false, lastAttemptAt: now - 1000 }, now)).toBe(true);
    expect(shouldSync('interval', { hasData: false }, now)).toBe(true);
    expect(shouldSync('interval', { hasData: false, lastAttemptAt: now - 1000 }, now)).toBe(false);
    expect(shouldSync('interval', { hasData: false, lastAttemptAt: now - RETRY_AFTER_FAILURE_MS }, now)).toBe(true);
  });

  it('a clock set back does not stop checks forever', () => {
    const future = {
      hasData: true,
      lastAttemptAt: now + CHECK_INTERVAL_MS * 10,
      lastSuccessAt: now + CHECK_INTERVAL_MS * 10,
    };
    expect(shouldSync('interval', future, now)).toBe(true);
  });
});
