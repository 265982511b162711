import type { Retirement, Service } from '../../domain/directory/schema';
import { useLanguage, useT } from '../i18n';
import { CardLink } from './CardLink';
import { DirectoryText } from './DirectoryText';
import { formatCalendarDate } from './calendar-date';
import { textIn } from '../../domain/directory/text-in';

/**
 * "Dieses Angebot gibt es nicht mehr": shown for a saved contact (or an old link) whose service the
 * editors retired, with their reason and a link to the service that took its place (`successor`, when
 * the directory has it).
 */
export function RetiredNotice({
  record,
  successor,
}: {
  record: Retirement;
  successor: Pick<Service, 'id' | 'name'> | undefined;
}) {
  const t = useT();
  const { code } = useLanguage();
  return (
    <div class="retired-notice" data-testid="retired-notice">
      <p>
        <strong class="saved-gone">{t('editorial.retiredGone')}</strong>{' '}
        {t('editorial.retiredSince', { date: formatCalendarDate(record.date, code) })}
      </p>
      <p>
        <DirectoryText text={record.reason} />
      </p>
      {successor && (
        <CardLink
          href={`/angebot/${encodeURIComponent(successor.id)}`}
          title={t('editorial.retiredSuccessor', { name: textIn(successor.name, code) })}
        />
      )}
    </div>
  );
}
