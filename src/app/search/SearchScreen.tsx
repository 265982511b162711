import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { berlinMoment } from '../../domain/hours/berlin-time';
import type { MatchRow } from '../../domain/guide/match-table';
import type { SearchFilters } from '../../domain/search/filters';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useLanguage, useT } from '../i18n';
import { useMatches } from '../data/use-matches';
import { ResultList } from '../results/ResultList';
import { townName } from '../../domain/towns';
import { NothingFound } from './NothingFound';
import { DirectoryGate } from '../ui/DirectoryGate';
import { SearchFilterControls } from './SearchFilterControls';
import { hasQuery, outcomeOf, type SearchOutcome } from './search-results';
import { useFound } from './use-found';
import { MAX_QUERY_LENGTH, parseSearchState, searchUrl } from './search-url';
import './search.css';
import { CardLink } from '../ui/CardLink';

/** Results follow the typing after this pause, so a slow phone is not searching on every letter. */
const TYPING_PAUSE_MS = 250;
/** `/suche#suchfeld` (the guide's "Ich möchte selbst suchen") puts the cursor into the field. */
const SEARCH_FIELD_ID = 'suchfeld';

/**
 * Free search over the whole directory, with filters. Query and filters live in the address
 * (replaced, not pushed, while typing: "back" leaves the screen instead of stepping through letters).
 */
export function SearchScreen() {
  const t = useT();
  const { code: language } = useLanguage();
  const location = useLocation();
  const state = useMemo(() => parseSearchState(location.query), [location.query]);
  const { state: directory, matches } = useMatches();
  const [text, setText] = useState(state.query);
  const written = useRef(state.query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  // Back/forward or a link changed the address: show its query in the field.
  useEffect(() => {
    if (state.query !== written.current) {
      written.current = state.query;
      setText(state.query);
    }
  }, [state.query]);

  // Decided once, from the address the screen opened with: typing replaces the address later.
  const [focusField] = useState(
    () => location.url.endsWith(`#${SEARCH_FIELD_ID}`) || window.location.hash === `#${SEARCH_FIELD_ID}`,
  );
  useEffect(() => {
    if (focusField) input.current?.focus();
    return () => clearTimeout(timer.current);
  }, [focusField]);

  const write = (query: string, filters: SearchFilters) => {
    clearTimeout(timer.current);
    written.current = query;
    location.route(searchUrl({ query, filters }), true);
  };

  const onInput = (value: string) => {
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => write(value, state.filters), TYPING_PAUSE_MS);
  };

  const loaded = matches;
  const found = useFound(loaded, state.query, directory.info?.version);
  const outcome: SearchOutcome<MatchRow> | undefined = useMemo(() => {
    // While the worker answers a new query (a few milliseconds), the last answer stays on screen: no flicker while typing.
    if (!loaded || (hasQuery(state.query) && found === undefined)) return undefined;
    return outcomeOf(loaded.rows, found?.entries ?? [], state, {
      language,
      now: berlinMoment(Date.now()),
    });
  }, [loaded, found, state, language]);

  const count = outcome?.kind === 'results' ? outcome.results.length : undefined;
  const announcement = count === undefined ? '' : count === 0 ? t('search.countNone') : t('search.count', { count });

  return (
    <section class="stack search-screen">
      <ScreenTitle title={t('search.title')}>{t('search.heading')}</ScreenTitle>
      <form
        role="search"
        class="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          write(text, state.filters);
          input.current?.blur(); // closes the phone's keyboard so the results are visible
        }}
      >
        <label for={SEARCH_FIELD_ID}>{t('search.fieldLabel')}</label>
        <p id="search-hint" class="note">
          {t('search.fieldHint')}
        </p>
        <div class="search-row">
          <input
            ref={input}
            id={SEARCH_FIELD_ID}
            type="search"
            enterKeyHint="search"
            autocomplete="off"
            maxLength={MAX_QUERY_LENGTH}
            aria-describedby="search-hint"
            value={text}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('search.submit')}
          </button>
        </div>
      </form>
      <SearchFilterControls
        filters={state.filters}
        onChange={(filters) => write(text, filters)}
        guide={directory.guide}
        rows={loaded?.rows}
      />
      {/* Always in the page, so screen readers announce each new count. */}
      <p class="result-count" role="status" aria-live="polite">
        {announcement}
      </p>
      {!loaded ? (
        <DirectoryGate state={directory} />
      ) : outcome?.kind === 'idle' ? (
        <div class="stack">
          <p>{t('search.idle')}</p>
          <CardLink href="/themen" title={t('browse.link')} hint={t('browse.linkHint')} />
        </div>
      ) : !outcome ? (
        <p class="note">{t('scale.preparing')}</p>
      ) : outcome.results.length === 0 ? (
        <NothingFound
          query={state.query}
          place={state.filters.municipality ? townName(state.filters.municipality) : undefined}
          editorialEmail={loaded.meta.editorialEmail}
        />
      ) : (
        <ResultList results={outcome.results} grouped={outcome.grouped} source={loaded} />
      )}
    </section>
  );
}
