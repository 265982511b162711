import type { DirectoryEntry } from '../../domain/guide/entries';
import type { MatchReasons } from '../../domain/guide/match';
import type { ResultGroup } from '../../domain/guide/rank';
import { RESULT_GROUPS } from '../../domain/guide/rank';
import type { OpeningStatus } from '../../domain/hours/opening-status';
import { useT } from '../i18n';
import { ResultCard } from './ResultCard';
import { ShowMore } from './ShowMore';
import { useProgressiveList } from './progressive';

export interface ResultItem {
  entry: DirectoryEntry;
  reasons?: MatchReasons;
  status: OpeningStatus;
  group?: ResultGroup;
}

/**
 * Cards in the order given, built as the family scrolls (progressive.ts), with "Weitere anzeigen"
 * below while more are left. Grouped: a heading per group ("Sofort Hilfe", "Zuständig für Sie", "In
 * Ihrer Stadt", "Im Kreis Unna", "Telefonisch und online") in the ranking's group order, empty groups
 * left out.
 */
export function ResultList({ results, grouped }: { results: readonly ResultItem[]; grouped: boolean }) {
  const progressive = useProgressiveList(results.length, results);
  const { shown } = progressive;
  // While the first batch is still coming, the list says so (aria-busy), for screen readers and tests.
  const busy = progressive.filling ? 'true' : undefined;
  return (
    <div class="result-list-progressive">
      {grouped ? (
        <GroupedCards results={results} shown={shown} busy={busy} />
      ) : (
        <Cards results={results.slice(0, shown)} busy={busy} />
      )}
      <ShowMore progressive={progressive} total={results.length} />
    </div>
  );
}

function Cards({ results, busy }: { results: readonly ResultItem[]; busy: 'true' | undefined }) {
  return (
    <ul class="plain-list result-list" aria-busy={busy}>
      {results.map((item) => (
        <li key={item.entry.service.id}>
          <ResultCard entry={item.entry} reasons={item.reasons} status={item.status} headingLevel={2} />
        </li>
      ))}
    </ul>
  );
}

function GroupedCards({
  results,
  shown,
  busy,
}: {
  results: readonly ResultItem[];
  shown: number;
  busy: 'true' | undefined;
}) {
  const t = useT();
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
      {ungrouped.length > 0 && <Cards results={ungrouped} busy={undefined} />}
    </div>
  );
}
