import { ScreenTitle } from '../ui/ScreenTitle';
import { useT } from '../i18n';
import { useDirectoryStatus } from '../data/use-directory';
import { DirectoryText } from '../ui/DirectoryText';
import { topicsBySector } from './labels';
import { TopicIcon } from './TopicIcon';
import './search.css';
import { CardLink } from '../ui/CardLink';

/**
 * Browsing instead of asking: all topics in parents' words (from the guide's answers), with
 * their pictures, under the four areas of the taxonomy. Each leads to /themen/<code>.
 */
export function TopicsScreen() {
  const t = useT();
  const { guide } = useDirectoryStatus();
  return (
    <section class="stack">
      <ScreenTitle title={t('browse.title')}>{t('browse.heading')}</ScreenTitle>
      <p class="lead">{t('browse.intro')}</p>
      {topicsBySector(guide).map(({ sector, topics }) => (
        <section key={sector} class="topic-sector stack-small" aria-labelledby={`sector-${sector}`}>
          <h2 id={`sector-${sector}`}>{t(`browse.sectors.${sector}`)}</h2>
          <ul class="plain-list topic-grid">
            {topics.map((topic) => (
              <li key={topic.code}>
                <a class="card-link topic-link" href={`/themen/${topic.code}`}>
                  <TopicIcon icon={topic.icon} />
                  <span>
                    <DirectoryText text={topic.text} />
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <CardLink href="/suche#suchfeld" title={t('browse.searchLink')} hint={t('browse.searchHint')} />
    </section>
  );
}
