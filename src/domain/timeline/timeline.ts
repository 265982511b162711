/**
 * A child's timeline, computed on the phone from the date of birth (or the due date during a
 * pregnancy) and the editorial items: each item's dates, where today stands in them, and what
 * comes next.
 */
import { compareDates, type CalendarDate } from './calendar-date';
import type { TimelineItem } from './schema';
import { windowDates, type DateRange } from './window';

export interface ChildDates {
  /** The date of birth, or the expected date while `expected` is true. */
  date: CalendarDate;
  expected: boolean;
}

/**
 * Where today stands: `upcoming` before the tolerance opens; `early` inside the tolerance before the
 * window; `now` inside the window; `late` after the window while the tolerance is still open;
 * `past` when it is over.
 */
type EntryStatus = 'upcoming' | 'early' | 'now' | 'late' | 'past';

export interface TimelineEntry {
  item: TimelineItem;
  window: DateRange;
  tolerance: DateRange;
  status: EntryStatus;
}

function statusOn(today: CalendarDate, window: DateRange, tolerance: DateRange): EntryStatus {
  if (compareDates(today, tolerance.end) > 0) return 'past';
  if (compareDates(today, window.end) > 0) return 'late';
  if (compareDates(today, window.start) >= 0) return 'now';
  if (compareDates(today, tolerance.start) >= 0) return 'early';
  return 'upcoming';
}

/** Every item with its dates for this child, in the order of their windows. */
export function buildTimeline(child: ChildDates, items: readonly TimelineItem[], today: CalendarDate): TimelineEntry[] {
  return items
    .map((item, order) => {
      const window = windowDates(child.date, item.window);
      const tolerance = item.tolerance ? windowDates(child.date, item.tolerance) : window;
      return { item, window, tolerance, status: statusOn(today, window, tolerance), order };
    })
    .sort(
      (a, b) =>
        compareDates(a.window.start, b.window.start) || compareDates(a.window.end, b.window.end) || a.order - b.order,
    )
    .map(({ order: _order, ...entry }) => entry);
}

const OPEN: ReadonlySet<EntryStatus> = new Set(['early', 'now', 'late']);

/**
 * What a family should do next: of the items open today, the one that closes first; when none is
 * open, the next to open. Undefined when everything is over (a child older than the last item).
 */
export function nextEntry(entries: readonly TimelineEntry[]): TimelineEntry | undefined {
  const open = entries.filter((entry) => OPEN.has(entry.status));
  if (open.length > 0)
    return [...open].sort(
      (a, b) => compareDates(a.tolerance.end, b.tolerance.end) || compareDates(a.window.end, b.window.end),
    )[0];
  return entries.find((entry) => entry.status === 'upcoming');
}

/** The entries still worth showing (open or to come), in order. */
export function currentAndComing(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return entries.filter((entry) => entry.status !== 'past');
}
