import './strings';
import { parseIsoDate } from '../../domain/timeline/calendar-date';
import { useLanguage, useT } from '../i18n';
import { childLabel, removeChild, useChildren } from './children';
import { formatCalendarDate } from '../ui/calendar-date';

/** "Meine Daten": the children kept for the timeline, each with its own delete button. */
export function ChildrenData() {
  const t = useT();
  const { code } = useLanguage();
  const { children } = useChildren(false);
  return (
    <section class="stack-small" aria-labelledby="children-data-heading">
      <h2 id="children-data-heading">{t('timeline.myDataHeading')}</h2>
      {!children || children.length === 0 ? (
        <p>{t('timeline.myDataNone')}</p>
      ) : (
        <ul class="plain-list stack-small" data-testid="children-data">
          {children.map((child) => {
            const date = parseIsoDate(child.date);
            const name = childLabel(child, t);
            return (
              <li key={child.id}>
                {name}
                {date &&
                  `: ${child.expected ? t('timeline.expectedOn', { date: formatCalendarDate(date, code) }) : t('timeline.bornOn', { date: formatCalendarDate(date, code) })}`}{' '}
                <button
                  type="button"
                  class="button-small"
                  aria-label={t('timeline.deleteLabel', { name })}
                  onClick={() => void removeChild(child.id, false)}
                >
                  {t('timeline.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <a href="/zeitleiste">{t('timeline.openLink')}</a>
      </p>
    </section>
  );
}
