import { Icon } from '../ui/Icon';
import { useT } from '../i18n';
import { mailtoLink } from '../ui/links';

/**
 * When a search finds nothing, nobody should be left at a dead end: the emergency numbers, the
 * topics to browse, and a prefilled e-mail telling the editorial team what is missing.
 */
export function NothingFound({
  query,
  place,
  editorialEmail,
}: {
  query: string;
  place?: string;
  editorialEmail?: string;
}) {
  const t = useT();
  const searched = query.trim() === '' ? t('search.missing.noQuery') : query.trim();
  const body = [
    t('search.missing.bodyIntro'),
    t('search.missing.bodySearched', { query: searched }),
    ...(place ? [t('search.missing.bodyPlace', { place })] : []),
    '',
    t('search.missing.bodyAsk'),
    '',
  ].join('\n');
  // Through the one checked path: an address with a query of its own (?cc=…) gets no link at all.
  const report = mailtoLink(editorialEmail, t('search.missing.subject'), body);
  return (
    <div class="nothing-found stack">
      <p class="lead">{t('search.nothing.heading')}</p>
      <a class="card-link urgent" href="/notfall">
        <Icon name="phone" />
        <span>
          <strong>{t('search.nothing.emergency')}</strong>
          <span class="card-link-hint">{t('search.nothing.emergencyHint')}</span>
        </span>
      </a>
      <a class="card-link" href="/themen">
        <span>
          <strong>{t('browse.link')}</strong>
          <span class="card-link-hint">{t('browse.linkHint')}</span>
        </span>
      </a>
      {report !== undefined && (
        <a class="card-link" href={report}>
          <span>
            <strong>{t('search.missing.link')}</strong>
            <span class="card-link-hint">{t('search.missing.hint')}</span>
          </span>
        </a>
      )}
    </div>
  );
}
