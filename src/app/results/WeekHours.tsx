import type { Schedule } from '../../domain/directory/schema';
import type { Weekday } from '../../domain/directory/hours-schema';
import { weekTable } from '../../domain/hours/week-table';
import { useLanguage, useT } from '../i18n';
import { DirectoryText } from '../ui/DirectoryText';
import { intervalTexts } from './week-text';
import { dayName } from '../ui/weekday-names';
import { formatCalendarDate } from '../ui/calendar-date';

/**
 * One schedule as a readable week (Monday first, today in bold), with what else applies: by
 * appointment only, day and night, the public-holiday rule and closures with their dates.
 */
export function WeekHours({ schedule, today }: { schedule: Schedule; today: Weekday }) {
  const t = useT();
  const { code } = useLanguage();
  const week = weekTable(schedule);
  const hasHours = schedule.alwaysOpen === true || (schedule.weekly?.length ?? 0) > 0;
  return (
    <div class="detail-section">
      {schedule.appointmentOnly && (
        <p>
          <strong>{t('detail.appointmentOnly')}</strong>
          {hasHours && ` ${t('detail.appointmentPhone')}`}
        </p>
      )}
      {schedule.alwaysOpen && <p>{t('detail.alwaysOpen')}</p>}
      {hasHours && !schedule.alwaysOpen && (
        <table class="week-table">
          <caption class="visually-hidden">{t('detail.hoursCaption')}</caption>
          <tbody>
            {week.map((day) => (
              <tr key={day.weekday} class={day.weekday === today ? 'today' : undefined}>
                <th scope="row">{dayName(day.weekday, code, 'long')}</th>
                <td>
                  {day.intervals.length === 0
                    ? t('detail.closed')
                    : intervalTexts(day).map((interval, i) => (
                        <span key={i}>
                          {i > 0 && ', '}
                          <span dir="ltr" class="phone-number">
                            {interval.text}
                          </span>
                          {interval.overnight && ` ${t('detail.overnight')}`}
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="note">
        {schedule.holidays === 'closed'
          ? t('detail.holidaysClosed')
          : schedule.holidays === 'open'
            ? t('detail.holidaysOpen')
            : t('detail.holidaysUnknown')}
      </p>
      {schedule.closures?.map((closure) => (
        <p key={`${closure.from}-${closure.to}`}>
          {t('detail.closure', {
            from: formatCalendarDate(closure.from, code),
            to: formatCalendarDate(closure.to, code),
          })}
          {closure.note && (
            <>
              {' – '}
              <DirectoryText text={closure.note} />
            </>
          )}
        </p>
      ))}
      {schedule.note && (
        <p>
          <DirectoryText text={schedule.note} />
        </p>
      )}
    </div>
  );
}
