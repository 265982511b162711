import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyUpdate,
  dispatchPwa,
  getPwaState,
  resetPwaStore,
  setUpdateHandler,
  subscribePwa,
} from '../../../src/app/pwa/pwa-store';

afterEach(() => resetPwaStore());

describe('PWA store', () => {
  it('tells subscribers about changes, and only about real changes', () => {
    const listener = vi.fn();
    subscribePwa(listener);
    dispatchPwa({ type: 'update-waiting' });
    dispatchPwa({ type: 'update-accepted' });
    dispatchPwa({ type: 'update-accepted' });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(getPwaState().updating).toBe(true);
  });

  it('activates the waiting version only after the user asked for it', () => {
    const activate = vi.fn();
    setUpdateHandler(activate);
    applyUpdate();
    expect(activate).not.toHaveBeenCalled();
    dispatchPwa({ type: 'update-waiting' });
    applyUpdate();
    expect(activate).toHaveBeenCalledOnce();
  });

  it('stops notifying after unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribePwa(listener);
    unsubscribe();
    dispatchPwa({ type: 'offline-ready' });
    expect(listener).not.toHaveBeenCalled();
  });
});
