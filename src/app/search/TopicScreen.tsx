import { useMemo } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { rankResults } from '../../domain/guide/rank';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useLanguage, useT } from '../i18n';
import { useMatches } from '../data/use-matches';
import { DirectoryText } from '../ui/DirectoryText';
import { textIn } from '../../domain/directory/text-in';
import { ResultList } from '../results/ResultList';
import { DirectoryGate } from '../ui/DirectoryGate';
import { isTown, townName, TOWNS } from '../../domain/towns';
import { topicLabels } from './labels';
import { NothingFound } from './NothingFound';
import { TopicIcon } from './TopicIcon';
import './search.css';

/**
 * The services of one topic, ranked like the guide's results: with a town chosen, the office
 * responsible for that town comes first, then the town's own services, the Kreis, phone and online.
 */
export function TopicScreen() {
  const t = useT();
  const { code: language } = useLanguage();
  const { params } = useRoute();
  const location = useLocation();
  const { state, matches } = useMatches();
  const topic = topicLabels(state.guide).find((label) => label.code === params.topic);
  const town = isTown(location.query.town) ? location.query.town : undefined;

  const topicCode = topic?.code;
  const results = useMemo(() => {
    if (!matches || !topicCode) return undefined;
    const answers = { ...(town && { municipality: town }), lifeStages: [], topics: [topicCode] };
    return rankResults(matches.rows, answers, { language, now: berlinMoment(Date.now()) });
  }, [matches, topicCode, town, language]);

  // The guide (from the small head record) names the topics; until it is read, the usual loading state.
  if (!topic && !state.guide) return <DirectoryGate state={state} title={t('browse.title')} />;
  if (!topic) {
    return (
      <section class="stack">
        <ScreenTitle title={t('browse.unknownTitle')}>{t('browse.unknownTitle')}</ScreenTitle>
        <p>{t('browse.unknownText')}</p>
        <a class="button" href="/themen">
          {t('browse.allTopics')}
        </a>
      </section>
    );
  }

  const plainName = textIn(topic.text, language);
  const count = results?.length;
  return (
    <section class="stack">
      <p class="back-line">
        <a href="/themen">{t('browse.allTopics')}</a>
      </p>
      <ScreenTitle title={plainName}>
        <span class="topic-title">
          <TopicIcon icon={topic.icon} />
          <span>
            <DirectoryText text={topic.text} />
          </span>
        </span>
      </ScreenTitle>
      <div class="filter-field">
        <label for="topic-town">{t('browse.townLabel')}</label>
        <select
          id="topic-town"
          value={town ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            location.route(`/themen/${topic.code}${value ? `?town=${value}` : ''}`, true);
          }}
        >
          <option value="">{t('browse.townAny')}</option>
          {TOWNS.map((x) => (
            <option key={x.code} value={x.code}>
              {x.name}
            </option>
          ))}
        </select>
      </div>
      <p class="result-count" role="status" aria-live="polite">
        {count === undefined ? '' : count === 0 ? t('search.countNone') : t('search.count', { count })}
      </p>
      {!results || !matches ? (
        <DirectoryGate state={state} />
      ) : results.length === 0 ? (
        <NothingFound
          query={plainName}
          place={town ? townName(town) : undefined}
          editorialEmail={matches.meta.editorialEmail}
        />
      ) : (
        <ResultList results={results} grouped={true} source={matches} />
      )}
    </section>
  );
}
