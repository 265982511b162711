/**
 * The app's one state primitive: a value that tells its subscribers when it changes, and a hook that
 * re-renders a component with it. Every piece of shared state in src/app (the directory, the Merkliste,
 * the UI language, the update and install notices, a home visit, reading aloud, the timeline's children,
 * the quick exit's offer) is one of these. Chosen over Preact's signals by size: see docs/ARCHITECTURE.md, "State".
 *
 * Rules: `set` with the value already held (Object.is) calls nobody; otherwise every subscriber is called
 * at once, in the order they subscribed, with no batching (each `set` is one call per subscriber). A subscriber
 * removed during a change is not called for it.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Store<T> {
  get(): T;
  set(next: T): void;
  update(change: (current: T) => T): void;
  subscribe(listener: (value: T) => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  const set = (next: T) => {
    if (Object.is(next, value)) return;
    value = next;
    listeners.forEach((listener) => listener(value));
  };
  return {
    get: () => value,
    set,
    update: (change) => set(change(value)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/** The store's value, re-rendering the component whenever it changes. */
export function useStore<T>(store: Store<T>): T {
  // Boxed, so a value that is itself a function (the i18n store's `t`) is never taken for an updater.
  const [, setSeen] = useState(() => ({ value: store.get() }));
  useEffect(() => {
    const follow = () => setSeen((seen) => (Object.is(seen.value, store.get()) ? seen : { value: store.get() }));
    // A change between this component's render and this effect is caught up here.
    follow();
    return store.subscribe(follow);
  }, [store]);
  return store.get();
}
