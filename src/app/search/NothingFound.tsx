import * as icons from '../ui/icons';
import { useT } from '../i18n';
import { mailtoLink } from '../ui/links';
import { CardLink } from '../ui/CardLink';

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
      <CardLink
        href="/notfall"
        title={t('search.nothing.emergency')}
        hint={t('search.nothing.emergencyHint')}
        icon={icons.phone}
        urgent
      />
      <CardLink href="/themen" title={t('browse.link')} hint={t('browse.linkHint')} />
      {report !== undefined && (
        <CardLink href={report} title={t('search.missing.link')} hint={t('search.missing.hint')} />
      )}
    </div>
  );
}
