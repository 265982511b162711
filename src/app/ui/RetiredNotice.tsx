import type { Directory, Retirement } from '../../domain/directory/schema';
import { useLanguage, useT } from '../i18n';
import { CardLink } from './CardLink';
import { DirectoryText } from './DirectoryText';
import { formatCalendarDate } from './calendar-date';
import { textIn } from '../../domain/directory/text-in';

/** The retirement record of a service the directory no longer has, if the editors wrote one. */
export function retirementOf(directory: Directory | undefined, id: string): Retirement | undefined {
  return directory?.retired?.find((record) => record.id === id);
}

/**
 * "Dieses Angebot gibt es nicht mehr": shown for a saved contact (or an old link) whose service the
 * editors retired, with their reason and a link to the service that took its place.
 */
export function RetiredNotice({ record, directory }: { record: Retirement; directory: Directory }) {
  const t = useT();
  const { code } = useLanguage();
  const successor =
    record.successor === undefined
      ? undefined
      : directory.organizations.flatMap((o) => o.services).find((s) => s.id === record.successor);
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
