/**
 * How many cards of a long list are in the page. A list of thousands of cards would build tens of
 * thousands of DOM nodes and freeze a slow phone for seconds, so the list grows as the family reads:
 * the first few cards in the first frame (the top of the list shows at once), a screenful more right
 * after it has been painted, then another batch each time the end of the list comes near (an
 * IntersectionObserver on a sentinel below the list) or "Weitere anzeigen" is pressed.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Cards in the first frame: a phone screen's worth (a card is a third to half of a 360 px screen, more
 * with large text), so the top of the list shows at once; the rest of the first batch follows a task later.
 * Each card costs about 9 ms to build and lay out at 4× CPU, and its service is read before it is drawn.
 */
const FIRST_FRAME_CARDS = 4;
/** Cards added at a time ("Weitere 32 anzeigen", or the end of the list coming near). */
export const CARDS_PER_BATCH = 32;
/**
 * Cards built in one task: a batch is built in steps of this many, one task each, so building it
 * never blocks the page for long (traced at 4× CPU: about 9 ms a card, so 32 at once took 250–350 ms).
 */
const CARDS_PER_TASK = 8;
/** Start building the next batch this far before the end of the list comes into view. */
const AHEAD = '0px 0px 1000px 0px';

export interface ProgressiveList {
  /** Cards to render now. */
  shown: number;
  /** The first cards are in, more of the first batch (or of a batch asked for) still coming (aria-busy). */
  filling: boolean;
  /** Adds a batch (the "Weitere anzeigen" button). */
  more: () => void;
  /** Put below the list: its coming into view adds a batch. */
  sentinel: RefObject<HTMLDivElement | null>;
}

interface Limits {
  list: unknown;
  /** Cards the list should hold (grows by a batch). */
  limit: number;
  /** Cards built so far (follows `limit` a step per task). */
  built: number;
}

/**
 * `waiting`: the cards shown are not all in the page yet (their services are still being read): the
 * end of the list is not near, only not filled yet, so nothing more is added meanwhile.
 */
export function useProgressiveList(total: number, list: unknown, waiting = false): ProgressiveList {
  // The limit belongs to one list: another list (a new query, other answers) starts again at the top.
  const start: Limits = { list, limit: FIRST_FRAME_CARDS, built: FIRST_FRAME_CARDS };
  const [state, setState] = useState<Limits>(start);
  const current = state.list === list ? state : start;
  const change = (to: (limits: Limits) => Limits) =>
    setState((previous) => to(previous.list === list ? previous : { ...start }));
  const sentinel = useRef<HTMLDivElement | null>(null);
  const target = Math.min(current.limit, total);
  const shown = Math.min(current.built, target);
  const first = FIRST_FRAME_CARDS + CARDS_PER_BATCH;

  // The first batch follows once the first frame's cards are in the page.
  const firstBatchDue = current.limit < first && shown < total;
  const building = shown < target;
  useEffect(() => {
    if (waiting || (!firstBatchDue && !building)) return;
    const timer = setTimeout(() =>
      setState((previous) => {
        const limit = Math.max(previous.list === list ? previous.limit : FIRST_FRAME_CARDS, first);
        const built = previous.list === list ? previous.built : FIRST_FRAME_CARDS;
        return { list, limit, built: Math.min(built, limit) + CARDS_PER_TASK };
      }),
    );
    return () => clearTimeout(timer);
  }, [waiting, firstBatchDue, building, shown, first, list]);

  // Near the end of the list: one more batch. Observed anew after every batch, so a sentinel that is
  // still in view after a batch of short cards reports again.
  const filling = firstBatchDue || building;
  const complete = shown >= total;
  useEffect(() => {
    const element = sentinel.current;
    if (filling || waiting || complete || !element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setState((previous) =>
            previous.list === list
              ? { ...previous, limit: previous.limit + CARDS_PER_BATCH }
              : { list, limit: first, built: FIRST_FRAME_CARDS },
          );
        }
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [filling, waiting, complete, shown, list, first]);

  return {
    shown,
    filling,
    more: () => change((previous) => ({ ...previous, list, limit: Math.max(previous.limit, first) + CARDS_PER_BATCH })),
    sentinel,
  };
}
