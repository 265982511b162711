/**
 * A tiny shared store between the service-worker registration (loaded late, see start.ts) and the
 * notice components (rendered at once). No workbox code here, so it costs the first screen almost nothing.
 */
import { initialPwaState, pwaReducer, type PwaEvent, type PwaState } from './notice-state';

let state: PwaState = initialPwaState;
const listeners = new Set<() => void>();
let updateHandler: (() => void) | undefined;

export function getPwaState(): PwaState {
  return state;
}

export function dispatchPwa(event: PwaEvent): void {
  const next = pwaReducer(state, event);
  if (next === state) return;
  state = next;
  listeners.forEach((listener) => listener());
}

export function subscribePwa(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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
  state = initialPwaState;
  updateHandler = undefined;
  listeners.clear();
}
