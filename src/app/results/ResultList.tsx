import type { DirectoryEntry } from '../../domain/guide/entries';
import type { MatchReasons } from '../../domain/guide/match';
import type { ResultGroup } from '../../domain/guide/rank';
import { RESULT_GROUPS } from '../../domain/guide/rank';
import type { OpeningStatus } from '../../domain/hours/opening-status';
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
  if (!grouped) {
    return (
      <ul class="plain-list result-list">
        {results.map((item) => (
          <li key={item.entry.service.id}>
            <ResultCard entry={item.entry} reasons={item.reasons} status={item.status} headingLevel={2} />
          </li>
        ))}
      </ul>
    );
  }
  const groups = RESULT_GROUPS.map((group) => ({ group, items: results.filter((r) => r.group === group) })).filter(
    (g) => g.items.length > 0,
  );
  // Items without a group (a caller mixing lists) still show, after the groups.
  const ungrouped = results.filter((r) => r.group === undefined);
  return (
    <div class="result-groups">
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
