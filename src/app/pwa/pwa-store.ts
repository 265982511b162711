/**
 * A tiny shared store between the service-worker registration (loaded late, see start.ts) and the
 * notice components (rendered at once). No workbox code here, so it costs the first screen almost nothing.
 */
import { createStore, useStore } from '../state/store';
import { initialPwaState, pwaReducer, type PwaEvent, type PwaState } from './notice-state';

let store = createStore<PwaState>(initialPwaState);
let updateHandler: (() => void) | undefined;

export function getPwaState(): PwaState {
  return store.get();
}

/** The notices' state, re-rendering on every change. */
export function usePwaState(): PwaState {
  return useStore(store);
}

export function dispatchPwa(event: PwaEvent): void {
  // The reducer returns the same state for an event that changes nothing: then nobody is told.
  store.set(pwaReducer(store.get(), event));
}

export function subscribePwa(listener: () => void): () => void {
  return store.subscribe(() => listener());
}

/** The registration module hands over how to activate the waiting version. */
export function setUpdateHandler(handler: () => void): void {
  updateHandler = handler;
}

/** "Jetzt aktualisieren": mark the user's consent, then let the waiting worker take over. */
export function applyUpdate(): void {
  dispatchPwa({ type: 'update-accepted' });
  if (getPwaState().updating) updateHandler?.();
}

/** For tests: back to a fresh page. */
export function resetPwaStore(): void {
  store = createStore<PwaState>(initialPwaState);
  updateHandler = undefined;
}
