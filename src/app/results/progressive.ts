/**
 * How many cards of a long list are in the page. A list of thousands of cards would build tens of
 * thousands of DOM nodes and freeze a slow phone for seconds, so the list grows as the family reads:
 * the first few cards in the first frame (the top of the list shows at once), a screenful more right
 * after it has been painted, then another batch each time the end of the list comes near (an
 * IntersectionObserver on a sentinel below the list) or "Weitere anzeigen" is pressed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Cards in the first frame: about two screens' worth, so the top of the list shows at once. */
const FIRST_FRAME_CARDS = 8;
/** Cards added at a time: about a tenth of a second of building on a slow phone. */
export const CARDS_PER_BATCH = 32;
/** Start building the next batch this far before the end of the list comes into view. */
const AHEAD = '0px 0px 1000px 0px';

export interface ProgressiveList {
  /** Cards to render now. */
  shown: number;
  /** The first frame's cards are in, the first batch still coming (aria-busy). */
  filling: boolean;
  /** Adds a batch (the "Weitere anzeigen" button). */
  more: () => void;
  /** Put below the list: its coming into view adds a batch. */
  sentinel: RefObject<HTMLDivElement | null>;
}

/**
 * `waiting`: the cards shown are not all in the page yet (their services are still being read): the
 * end of the list is not near, only not filled yet, so nothing more is added meanwhile.
 */
export function useProgressiveList(total: number, list: unknown, waiting = false): ProgressiveList {
  // The limit belongs to one list: another list (a new query, other answers) starts again at the top.
  const [state, setState] = useState({ list, limit: FIRST_FRAME_CARDS });
  const limit = state.list === list ? state.limit : FIRST_FRAME_CARDS;
  const grow = (to: (limit: number) => number) =>
    setState((previous) => ({ list, limit: to(previous.list === list ? previous.limit : FIRST_FRAME_CARDS) }));
  const sentinel = useRef<HTMLDivElement | null>(null);
  const shown = Math.min(limit, total);
  const first = FIRST_FRAME_CARDS + CARDS_PER_BATCH;

  // The first batch follows as soon as the first frame has been painted.
  const filling = limit < first && shown < total;
  useEffect(() => {
    if (!filling) return;
    const timer = setTimeout(() => setState({ list, limit: first }));
    return () => clearTimeout(timer);
  }, [filling, first, list]);

  // Near the end of the list: one more batch. Observed anew after every batch, so a sentinel that is
  // still in view after a batch of short cards reports again.
  const complete = shown >= total;
  useEffect(() => {
    const element = sentinel.current;
    if (filling || waiting || complete || !element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setState((previous) => ({ list, limit: previous.list === list ? previous.limit + CARDS_PER_BATCH : first }));
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [filling, waiting, complete, limit, list, first]);

  return { shown, filling, more: () => grow((n) => Math.max(n, first) + CARDS_PER_BATCH), sentinel };
}
