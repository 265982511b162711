import { useEffect, useMemo, useState } from 'preact/hooks';
import { chosenFocusOptions, toMatchAnswers } from '../../domain/guide/flow';
import { textIn } from '../../domain/directory/text-in';
import { rankResults } from '../../domain/guide/rank';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { ScreenTitle } from '../ui/ScreenTitle';
import { dataDate, useFormattedDate } from '../data/use-directory';
import { useLanguage, useT } from '../i18n';
import { DirectoryGate } from '../ui/DirectoryGate';
import { matchesOf } from '../data/match-source';
import { reasonsText } from '../ui/labels';
import { ResultList } from '../results/ResultList';
import { NoMatches } from './NoMatches';
import { UrgentCalls } from './UrgentCalls';
import { questionPath } from './answers-url';
import { useGuide } from './use-guide';
import './guide.css';

/**
 * `/ergebnisse?town=…&who=…&topic=…`: the contacts that fit, grouped from "responsible for you" to
 * "by phone and online", with why each one is shown. The same link always gives the same list
 * (only the open-now state follows the clock).
 */
export function ResultsScreen() {
  const t = useT();
  const { code } = useLanguage();
  const { state, guide, answers, query } = useGuide();
  // The match table, or the whole directory when another screen has read it already.
  const matches = matchesOf(state);

  const matchAnswers = useMemo(() => (guide ? toMatchAnswers(guide, answers) : undefined), [guide, answers]);
  const results = useMemo(
    () =>
      matches && matchAnswers
        ? rankResults(matches.rows, matchAnswers, { language: code, now: berlinMoment(Date.now()) })
        : [],
    [matches, matchAnswers, code],
  );

  const count = results.length === 1 ? t('guide.countOne') : t('guide.countMany', { count: results.length });
  const announced = useAnnouncement(matches ? count : '');
  const date = dataDate(state);
  const dateText = useFormattedDate(date, code);

  if (!matches || !matchAnswers) return <DirectoryGate state={state} title={t('guide.resultsTitle')} />;

  // The answers as chosen: a follow-up's answer in its own words ("Streit, Angst …"), not as the topics it ranks by.
  const { municipality, lifeStages, topics } = matchAnswers;
  const focus = guide ? chosenFocusOptions(guide, answers).map((option) => textIn(option.label, code)) : [];
  const summary = [
    reasonsText({ ...(municipality && { municipality }), lifeStages, topics }, t),
    ...focus,
    matchAnswers.urgent ? t('guide.inDanger') : '',
  ]
    .filter((part) => part !== '')
    .join(' · ');
  return (
    <section class="stack">
      <ScreenTitle title={t('guide.resultsTitle')}>{t('guide.resultsHeading')}</ScreenTitle>
      {/* Someone in danger: 112 and 110 come before everything else on the screen. */}
      {matchAnswers.urgent && <UrgentCalls />}
      <div class="answer-summary">
        <p>{summary === '' ? t('guide.noAnswers') : t('guide.yourAnswers', { answers: summary })}</p>
        <p>
          <a class="action-button" href={questionPath(1, query)}>
            {t('guide.changeAnswers')}
          </a>
        </p>
      </div>
      <p role="status" class="result-count">
        {announced}
      </p>
      {results.length === 0 ? (
        <NoMatches query={query} summary={summary} editorialEmail={matches.meta.editorialEmail} />
      ) : (
        <ResultList results={results} grouped={true} source={matches} />
      )}
      {/* After the list: every sample card carries its own "Beispieldaten" badge, so the first contact stays in view. */}
      {matches.meta.sample && <p class="sample-notice">{t('guide.sampleNotice')}</p>}
      {/* A line kept for the date, which comes a moment after the cards (useFormattedDate). */}
      {date !== undefined && (
        <p class="note">{dateText === undefined ? '\u00a0' : t('guide.dataDate', { date: dateText })}</p>
      )}
    </section>
  );
}

/**
 * The text for a live region, set a moment after the region is on the page: screen readers announce
 * changes to a live region, not a region that arrives already filled.
 */
function useAnnouncement(text: string): string {
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(text), 150);
    return () => clearTimeout(timer);
  }, [text]);
  return announced;
}
