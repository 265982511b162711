/**
 * The app's one state primitive (src/app/state/store.ts): what a subscriber is told and when.
 */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it, vi } from 'vitest';
import { createStore, useStore } from '../../../src/app/state/store';

describe('createStore', () => {
  it('holds its initial value and every value set since', () => {
    const store = createStore({ count: 0 });
    expect(store.get()).toEqual({ count: 0 });
    store.set({ count: 2 });
    expect(store.get()).toEqual({ count: 2 });
    store.update((current) => ({ count: current.count + 1 }));
    expect(store.get()).toEqual({ count: 3 });
  });

  it('tells each subscriber the new value, once per change, in the order they subscribed', () => {
    const store = createStore(0);
    const calls: string[] = [];
    store.subscribe((value) => calls.push(`a${value}`));
    store.subscribe((value) => calls.push(`b${value}`));
    store.set(1);
    store.update((n) => n + 1);
    expect(calls).toEqual(['a1', 'b1', 'a2', 'b2']);
  });

  it('tells nobody when the value stays the same', () => {
    const held = { picks: ['a'] };
    const store = createStore(held);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(held);
    store.update((current) => current);
    expect(listener).not.toHaveBeenCalled();
    // An equal but new value is a change: callers that keep a value return the one they got.
    store.set({ picks: ['a'] });
    expect(listener).toHaveBeenCalledOnce();
  });

  it('treats NaN as unchanged and 0 and -0 as different, like Object.is', () => {
    const store = createStore(Number.NaN);
    const listener = vi.fn();
    store.subscribe(listener);
    store.set(Number.NaN);
    expect(listener).not.toHaveBeenCalled();
    store.set(0);
    store.set(-0);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('does not batch: every set reaches the subscribers before it returns', () => {
    const store = createStore('de');
    const seen: string[] = [];
    store.subscribe((value) => seen.push(value));
    store.set('en');
    expect(seen).toEqual(['en']);
    store.set('ar');
    store.set('de');
    expect(seen).toEqual(['en', 'ar', 'de']);
  });

  it('stops telling a subscriber after it unsubscribed, and keeps telling the others', () => {
    const store = createStore(0);
    const gone = vi.fn();
    const stays = vi.fn();
    const unsubscribe = store.subscribe(gone);
    store.subscribe(stays);
    unsubscribe();
    unsubscribe(); // twice is harmless
    store.set(1);
    expect(gone).not.toHaveBeenCalled();
    expect(stays).toHaveBeenCalledWith(1);
  });

  it('does not call a subscriber that another one removed during the same change', () => {
    const store = createStore(0);
    const later = vi.fn();
    store.subscribe(() => unsubscribeLater());
    const unsubscribeLater = store.subscribe(later);
    store.set(1);
    expect(later).not.toHaveBeenCalled();
  });

  it('gives a subscriber that sets again the newest value, and the others see both changes', () => {
    const store = createStore(1);
    const seen: number[] = [];
    store.subscribe((value) => {
      if (value === 2) store.set(3);
    });
    store.subscribe((value) => seen.push(value));
    store.set(2);
    expect(store.get()).toBe(3);
    expect(seen).toContain(3);
  });
});

describe('useStore', () => {
  it('renders the value the store holds at render time', () => {
    const language = createStore('de');
    const Shown = () => <p>{useStore(language)}</p>;
    expect(renderToString(<Shown />)).toBe('<p>de</p>');
    language.set('uk');
    expect(renderToString(<Shown />)).toBe('<p>uk</p>');
  });

  it('hands out a function value as it is, never calling it', () => {
    const translate = vi.fn((key: string) => `[${key}]`);
    const store = createStore(translate);
    const Shown = () => <p>{useStore(store)('home.title')}</p>;
    expect(renderToString(<Shown />)).toBe('<p>[home.title]</p>');
    expect(translate).toHaveBeenCalledOnce();
  });
});
