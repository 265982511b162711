import { describe, expect, it } from 'vitest';
import {
  initialPwaState,
  pwaReducer,
  shouldReloadOnControllerChange,
  visibleNotice,
  type PwaEvent,
  type PwaState,
} from '../../../src/app/pwa/notice-state';

const run = (...events: PwaEvent[]): PwaState => events.reduce(pwaReducer, initialPwaState);

describe('PWA notices', () => {
  it('shows nothing on a plain page load', () => {
    expect(visibleNotice(initialPwaState)).toBeNull();
  });

  it('tells once after the first install that the app works offline, until closed', () => {
    expect(visibleNotice(run({ type: 'offline-ready' }))).toBe('offline-ready');
    expect(visibleNotice(run({ type: 'offline-ready' }, { type: 'dismiss-offline' }))).toBeNull();
  });

  it('offers a waiting update and lets the user put it off', () => {
    expect(visibleNotice(run({ type: 'update-waiting' }))).toBe('update');
    expect(visibleNotice(run({ type: 'update-waiting' }, { type: 'dismiss-update' }))).toBeNull();
  });

  it('shows the update banner first when both apply, then the offline notice', () => {
    const both = run({ type: 'offline-ready' }, { type: 'update-waiting' });
    expect(visibleNotice(both)).toBe('update');
    expect(visibleNotice(pwaReducer(both, { type: 'dismiss-update' }))).toBe('offline-ready');
  });

  it('brings the banner back when another new version starts waiting', () => {
    const later = run({ type: 'update-waiting' }, { type: 'dismiss-update' }, { type: 'update-waiting' });
    expect(visibleNotice(later)).toBe('update');
  });

  it('never reloads on a controller change unless the user pressed "Jetzt aktualisieren"', () => {
    expect(shouldReloadOnControllerChange(run({ type: 'offline-ready' }))).toBe(false);
    expect(shouldReloadOnControllerChange(run({ type: 'update-waiting' }))).toBe(false);
    expect(shouldReloadOnControllerChange(run({ type: 'update-waiting' }, { type: 'update-accepted' }))).toBe(true);
  });

  it('ignores an update request when no new version waits', () => {
    const state = run({ type: 'offline-ready' });
    expect(pwaReducer(state, { type: 'update-accepted' })).toBe(state);
  });
});
