import type { VNode } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { DirectoryEntry } from '../../domain/guide/entries';
import type { MatchReasons } from '../../domain/guide/match';
import type { MatchEntry } from '../../domain/guide/match-table';
import type { ResultGroup } from '../../domain/guide/rank';
import { RESULT_GROUPS } from '../../domain/guide/rank';
import type { OpeningStatus } from '../../domain/hours/opening-status';
import type { EntrySource } from '../data/match-source';
import { useT } from '../i18n';
import { ResultCard } from './ResultCard';
import { ShowMore } from './ShowMore';
import { CARDS_PER_BATCH, useProgressiveList } from './progressive';

/** A listed service: a row of the match table (or a full entry), ranked. */
export interface ResultItem<E extends MatchEntry = DirectoryEntry> {
  entry: E;
  reasons?: MatchReasons;
  status: OpeningStatus;
  group?: ResultGroup;
}

/**
 * Cards in the order given, built as the family scrolls (progressive.ts), with "Weitere anzeigen"
 * below while more are left. Grouped: a heading per group ("Sofort Hilfe", "Zuständig für Sie", "In
 * Ihrer Stadt", "Im Kreis Unna", "Telefonisch und online") in the ranking's group order, empty groups
 * left out. The list is ranked on the match table; the full services of the cards shown (and of the
 * next batch) are read from `source` as the list grows.
 */
export function ResultList({
  results,
  grouped,
  source,
}: {
  results: readonly ResultItem<MatchEntry>[];
  grouped: boolean;
  source: EntrySource;
}) {
  // In the order the cards appear: by group when grouped (items without a group last).
  const ordered = useMemo(
    () =>
      grouped
        ? [
            ...RESULT_GROUPS.flatMap((group) => results.filter((r) => r.group === group)),
            ...results.filter((r) => r.group === undefined),
          ]
        : results,
    [results, grouped],
  );
  // The cards' services are read after the limit grows: until they are in, the list waits to grow further.
  const [waiting, setWaiting] = useState(false);
  const progressive = useProgressiveList(ordered.length, results, waiting);
  const { shown } = progressive;
  const ready = useReadEntries(ordered, shown, source);
  if (waiting !== ready < shown) setWaiting(ready < shown);
  const cards = ordered.slice(0, ready).map((item) => ({ item, entry: source.known(item.entry.service.id)! }));
  // While the first batch is still coming (or being read), the list says so (aria-busy), for screen readers and tests.
  const busy = progressive.filling || ready < shown ? 'true' : undefined;
  return (
    <div class="result-list-progressive">
      {grouped ? <GroupedCards cards={cards} busy={busy} /> : <Cards cards={cards} busy={busy} headingLevel={2} />}
      <ShowMore progressive={progressive} total={ordered.length} rendered={ready} />
    </div>
  );
}

interface Card {
  item: ResultItem<MatchEntry>;
  entry: DirectoryEntry;
}

/**
 * How many of the first `shown` items can be drawn: those whose full service has been read. Reads the
 * missing ones, then the next batch ahead, so scrolling on finds its cards ready.
 */
function useReadEntries(items: readonly ResultItem<MatchEntry>[], shown: number, source: EntrySource): number {
  const [, setRead] = useState(0);
  let ready = 0;
  while (ready < shown && source.known(items[ready]!.entry.service.id)) ready++;
  // The cards' own services: asked for in the task that ranked them (a layout effect runs right after
  // the render, an effect only after the next paint), so the first cards wait for one read, not a frame more.
  useLayoutEffect(() => {
    if (ready >= shown) return;
    let current = true;
    source
      .read(items.slice(ready, shown).map((item) => item.entry.service.id))
      .then(() => current && setRead((n) => n + 1))
      .catch((error: unknown) => console.warn('The services shown could not be read', error));
    return () => {
      current = false;
    };
  }, [items, shown, ready, source]);
  // Then the next batch, ahead of the scrolling.
  useEffect(() => {
    if (ready < shown || shown >= items.length) return;
    const next = items.slice(shown, shown + CARDS_PER_BATCH).map((item) => item.entry.service.id);
    source.read(next).catch(() => undefined);
  }, [items, shown, ready, source]);
  return ready;
}

/**
 * The same card's element from one render to the next: Preact then leaves a card that has not changed
 * alone instead of rendering it again (each card's own hooks still follow the language and the
 * Merkliste). Without it, every batch of a long list rendered every card above it again (traced at
 * 4× CPU: 360 ms for the step from 32 to 40 cards).
 */
const cardElements = new WeakMap<ResultItem<MatchEntry>, { entry: DirectoryEntry; level: 2 | 3; element: VNode }>();

function cardElement({ item, entry }: Card, headingLevel: 2 | 3): VNode {
  const known = cardElements.get(item);
  if (known && known.entry === entry && known.level === headingLevel) return known.element;
  const element = (
    <li key={entry.service.id}>
      <ResultCard entry={entry} reasons={item.reasons} status={item.status} headingLevel={headingLevel} />
    </li>
  );
  cardElements.set(item, { entry, level: headingLevel, element });
  return element;
}

function Cards({
  cards,
  busy,
  headingLevel,
}: {
  cards: readonly Card[];
  busy: 'true' | undefined;
  headingLevel: 2 | 3;
}) {
  return (
    <ul class="plain-list result-list" aria-busy={busy}>
      {cards.map((card) => cardElement(card, headingLevel))}
    </ul>
  );
}

function GroupedCards({ cards, busy }: { cards: readonly Card[]; busy: 'true' | undefined }) {
  const t = useT();
  const groups = RESULT_GROUPS.map((group) => ({
    group,
    cards: cards.filter((card) => card.item.group === group),
  })).filter((g) => g.cards.length > 0);
  // Items without a group (a caller mixing lists) still show, after the groups.
  const ungrouped = cards.filter((card) => card.item.group === undefined);
  return (
    <div class="result-groups" aria-busy={busy}>
      {groups.map(({ group, cards: inGroup }) => (
        <section key={group} class={`result-group group-${group}`} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`results.groups.${group}`)}</h2>
          <Cards cards={inGroup} busy={undefined} headingLevel={3} />
        </section>
      ))}
      {ungrouped.length > 0 && <Cards cards={ungrouped} busy={undefined} headingLevel={2} />}
    </div>
  );
}
