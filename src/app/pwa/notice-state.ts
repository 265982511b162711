/**
 * Which PWA notice the app shows, as plain functions (unit-tested in tests/unit/pwa/).
 * Rules: an update is only applied after the user asks for it (never a surprise reload);
 * the "works offline" notice appears once, after the very first install; both can be closed.
 */

export interface PwaState {
  /** The service worker was installed for the first time and now serves the app offline. */
  readonly offlineReady: boolean;
  readonly offlineDismissed: boolean;
  /** A new version is installed and waits for the user's go-ahead. */
  readonly updateWaiting: boolean;
  readonly updateDismissed: boolean;
  /** The user pressed "Jetzt aktualisieren": the next controller change may reload the page. */
  readonly updating: boolean;
}

export type PwaEvent =
  | { type: 'offline-ready' }
  | { type: 'update-waiting' }
  | { type: 'dismiss-offline' }
  | { type: 'dismiss-update' }
  | { type: 'update-accepted' };

export type PwaNotice = 'update' | 'offline-ready' | null;

export const initialPwaState: PwaState = {
  offlineReady: false,
  offlineDismissed: false,
  updateWaiting: false,
  updateDismissed: false,
  updating: false,
};

export function pwaReducer(state: PwaState, event: PwaEvent): PwaState {
  switch (event.type) {
    case 'offline-ready':
      return { ...state, offlineReady: true };
    case 'update-waiting':
      // A newly waiting version is news again, even if an earlier banner was closed.
      return { ...state, updateWaiting: true, updateDismissed: false };
    case 'dismiss-offline':
      return { ...state, offlineDismissed: true };
    case 'dismiss-update':
      return { ...state, updateDismissed: true };
    case 'update-accepted':
      return state.updateWaiting && !state.updating ? { ...state, updating: true } : state;
  }
}

/** One notice at a time; the update banner wins because it needs an answer. */
export function visibleNotice(state: PwaState): PwaNotice {
  if (state.updateWaiting && !state.updateDismissed) return 'update';
  if (state.offlineReady && !state.offlineDismissed) return 'offline-ready';
  return null;
}

/** A controller change reloads the page only when the user asked for the update. */
export function shouldReloadOnControllerChange(state: PwaState): boolean {
  return state.updating;
}
