import { checkedLongAgo } from '../../domain/directory/freshness';
import { useLanguage, useT } from '../i18n';
import { formatCalendarDate } from '../ui/calendar-date';

/** "Geprüft am …" on an entry, and a plain warning when nobody has checked it for over a year. */
export function CheckedNote({ lastChecked, now = new Date() }: { lastChecked: string; now?: Date }) {
  const t = useT();
  const { code } = useLanguage();
  return (
    <>
      <span data-testid="checked-on">{t('detail.lastChecked', { date: formatCalendarDate(lastChecked, code) })}</span>
      {checkedLongAgo(lastChecked, now) && (
        <strong class="checked-long-ago" data-testid="checked-long-ago">
          {' '}
          {t('editorial.checkedLongAgo')}
        </strong>
      )}
    </>
  );
}
