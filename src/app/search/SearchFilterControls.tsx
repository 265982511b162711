import { useMemo, useState } from 'preact/hooks';
import type { Guide } from '../../domain/directory/schema';
import type { MatchRow } from '../../domain/guide/match-table';
import type { SearchFilters } from '../../domain/search/filters';
import { useLanguage, useT } from '../i18n';
import { languageName } from '../ui/language-names';
import { textIn } from '../../domain/directory/text-in';
import { TOWNS } from '../../domain/towns';
import { spokenLanguages, stageLabels, topicLabels, type Label } from './labels';
import { activeFilterCount } from './search-url';

interface Props {
  filters: SearchFilters;
  onChange: (filters: SearchFilters) => void;
  guide: Guide | undefined;
  /** The directory's rows (undefined until read): the language filter offers what some service speaks. */
  rows: readonly MatchRow[] | undefined;
}

/** "Türkçe – Türkisch": a parent finds their language by its own name, the UI name helps everyone else. */
function bilingualName(language: string, uiLanguage: string): string {
  const own = languageName(language, language);
  const inUi = languageName(language, uiLanguage);
  return own === inUi ? own : `${own} – ${inUi}`;
}

/** Removes a key instead of storing undefined, so the filters stay comparable and the URL clean. */
function withValue(filters: SearchFilters, key: keyof SearchFilters, value: string | boolean): SearchFilters {
  const next: Record<string, unknown> = { ...filters };
  if (value === '' || value === false) delete next[key];
  else next[key] = value;
  return next as SearchFilters;
}

/**
 * The six filters as native controls (a select or a checkbox with a visible label each): they work
 * with every screen reader and the phone's own pickers. Folded away so the results stay in view; the
 * summary says how many are active. The controls exist only while unfolded: the language list names
 * up to 55 languages in their own scripts, and a select measures every option's text in the page's
 * layout, folded or not (50–100 ms of the search page's first layout with a 4× slower CPU).
 */
export function SearchFilterControls({ filters, onChange, guide, rows }: Props) {
  const t = useT();
  const { code } = useLanguage();
  const count = activeFilterCount(filters);
  const [open, setOpen] = useState(false);
  // Collected once unfolded (a walk over every row), not on the way to the first results.
  const languages = useMemo(() => (open && rows ? spokenLanguages(rows) : []), [open, rows]);
  const labelText = (label: Label) => textIn(label.text, code);

  const select = (
    key: 'municipality' | 'lifeStage' | 'topic' | 'language',
    id: string,
    options: [string, string][],
  ) => (
    <div class="filter-field">
      <label for={id}>{t(`search.filter.${key}`)}</label>
      <select
        id={id}
        value={filters[key] ?? ''}
        onChange={(event) => onChange(withValue(filters, key, event.currentTarget.value))}
      >
        <option value="">{t(`search.filter.${key}Any`)}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  const checkbox = (key: 'openNow' | 'free', id: string) => (
    <label class="filter-check" for={id}>
      <input
        id={id}
        type="checkbox"
        checked={filters[key] === true}
        onChange={(event) => onChange(withValue(filters, key, event.currentTarget.checked))}
      />
      <span>{t(`search.filter.${key}`)}</span>
    </label>
  );

  return (
    <details class="search-filters" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('search.filter.title')}
        {count > 0 && <span class="filter-count"> ({t('search.filter.active', { count })})</span>}
      </summary>
      {open && (
        <div class="filter-body">
          {select(
            'municipality',
            'filter-town',
            TOWNS.map((town) => [town.code, town.name]),
          )}
          {select(
            'lifeStage',
            'filter-stage',
            stageLabels(guide).map((label) => [label.code, labelText(label)]),
          )}
          {select(
            'topic',
            'filter-topic',
            topicLabels(guide).map((label) => [label.code, labelText(label)]),
          )}
          {select(
            'language',
            'filter-language',
            languages.map((language) => [language, bilingualName(language, code)]),
          )}
          {checkbox('openNow', 'filter-open')}
          {checkbox('free', 'filter-free')}
          {count > 0 && (
            <button type="button" class="button button-secondary" onClick={() => onChange({})}>
              {t('search.filter.reset')}
            </button>
          )}
        </div>
      )}
    </details>
  );
}
