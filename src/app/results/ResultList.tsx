import type { DirectoryEntry } from '../../domain/guide/entries';
import type { MatchReasons } from '../../domain/guide/match';
import type { ResultGroup } from '../../domain/guide/rank';
import { RESULT_GROUPS } from '../../domain/guide/rank';
import type { OpeningStatus } from '../../domain/hours/opening-status';
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { ResultCard } from './ResultCard';

export interface ResultItem {
  entry: DirectoryEntry;
  reasons?: MatchReasons;
  status: OpeningStatus;
  group?: ResultGroup;
}

/**
 * Cards in the order given. Grouped: a heading per group ("Sofort Hilfe", "Zuständig für Sie", "In Ihrer
 * Stadt", "Im Kreis Unna", "Telefonisch und online") in the ranking's group order, empty groups left out.
 */
export function ResultList({ results, grouped }: { results: readonly ResultItem[]; grouped: boolean }) {
  const t = useT();
  const shown = useFirstFrameLimit(results.length);
  // While the rest of the cards are still coming, the list says so (aria-busy), for screen readers and tests.
  const busy = shown < results.length ? 'true' : undefined;
  if (!grouped) {
    return (
      <ul class="plain-list result-list" aria-busy={busy}>
        {results.slice(0, shown).map((item) => (
          <li key={item.entry.service.id}>
            <ResultCard entry={item.entry} reasons={item.reasons} status={item.status} headingLevel={2} />
          </li>
        ))}
      </ul>
    );
  }
  let budget = shown;
  const take = (items: ResultItem[]) => {
    const taken = items.slice(0, Math.max(0, budget));
    budget -= taken.length;
    return taken;
  };
  const groups = RESULT_GROUPS.map((group) => ({
    group,
    items: take(results.filter((r) => r.group === group)),
  })).filter((g) => g.items.length > 0);
  // Items without a group (a caller mixing lists) still show, after the groups.
  const ungrouped = take(results.filter((r) => r.group === undefined));
  return (
    <div class="result-groups" aria-busy={busy}>
      {groups.map(({ group, items }) => (
        <section key={group} class={`result-group group-${group}`} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`}>{t(`results.groups.${group}`)}</h2>
          <ul class="plain-list result-list">
            {items.map((item) => (
              <li key={item.entry.service.id}>
                <ResultCard entry={item.entry} reasons={item.reasons} status={item.status} headingLevel={3} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {ungrouped.length > 0 && <ResultList results={ungrouped} grouped={false} />}
    </div>
  );
}

/** Cards in the first frame: about two screens' worth, so the top of the list shows at once. */
const FIRST_FRAME_CARDS = 8;

/**
 * How many cards to render: on a slow phone thirty cards take a third of a second to build, so the
 * first frame shows the first few and the rest follow right after it has been painted.
 */
function useFirstFrameLimit(total: number): number {
  const [limit, setLimit] = useState(FIRST_FRAME_CARDS);
  const complete = limit >= total;
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => setLimit(Number.POSITIVE_INFINITY));
    return () => clearTimeout(timer);
  }, [complete]);
  return Math.min(limit, total);
}
