/**
 * The open-now state of a service in words ("Jetzt geöffnet · bis 16:00", "Öffnet heute um 13:30",
 * "Feiertag (Fronleichnam) · öffnet Fr. 08:30" …). Pure: the caller passes `t` and the UI language,
 * so the unit tests run it with the real German and English strings.
 */
import type { LocalTime, OpeningStatus } from '../../domain/hours/opening-status';
import { dayNameOf } from './weekday-names';

export type StatusTone = 'open' | 'soon' | 'closed' | 'appointment' | 'unknown';

type T = (key: string, values?: Record<string, string>) => string;

/** Times and day names stay left-to-right inside Arabic or Persian text (Unicode isolates, no markup needed). */
function isolate(text: string, rtl: boolean): string {
  return rtl ? `\u2066${text}\u2069` : text;
}

/** "um 13:30" today, "morgen um 08:30", "Mo. 08:30" later. */
function when(at: LocalTime, t: T, language: string, rtl: boolean): string {
  const time = isolate(at.time, rtl);
  if (at.daysAhead === 0) return t('results.status.today', { time });
  if (at.daysAhead === 1) return t('results.status.tomorrow', { time });
  return t('results.status.onDay', { day: dayNameOf(at.date, language), time });
}

function closedText(status: Extract<OpeningStatus, { kind: 'closed' }>, t: T, language: string, rtl: boolean) {
  const { reason, opens } = status;
  const first =
    reason?.kind === 'holiday'
      ? t('results.status.holiday', { name: t(`holidays.${reason.holiday}`) })
      : reason?.kind === 'closure'
        ? t('results.status.closure')
        : opens?.daysAhead === 0
          ? undefined
          : t('results.status.closedNow');
  if (!opens) return first ?? t('results.status.closedNow');
  const next = t('results.status.opens', { when: when(opens, t, language, rtl) });
  return first ? `${first} · ${next}` : t('results.status.opensToday', { time: isolate(opens.time, rtl) });
}

/** The status line and its tone (for the colour dot). */
export function statusText(
  status: OpeningStatus,
  t: T,
  language: string,
  rtl = false,
): { text: string; tone: StatusTone } {
  switch (status.kind) {
    case 'open':
      if (status.alwaysOpen)
        return { text: `${t('results.status.open')} · ${t('results.status.allDay')}`, tone: 'open' };
      return {
        text: `${status.closesSoon ? t('results.status.closesSoon') : t('results.status.open')} · ${t(
          'results.status.until',
          {
            time:
              status.closes.daysAhead === 0 ? isolate(status.closes.time, rtl) : when(status.closes, t, language, rtl),
          },
        )}`,
        tone: status.closesSoon ? 'soon' : 'open',
      };
    case 'closed':
      return { text: closedText(status, t, language, rtl), tone: 'closed' };
    case 'appointment': {
      const phone = status.phoneHours;
      if (phone?.kind === 'open') {
        const reachable = phone.alwaysOpen
          ? t('results.status.phoneNow')
          : t('results.status.phoneUntil', { time: isolate(phone.closes.time, rtl) });
        return { text: `${t('results.status.appointment')} · ${reachable}`, tone: 'appointment' };
      }
      return { text: t('results.status.appointment'), tone: 'appointment' };
    }
    case 'unknown':
      return { text: t('results.status.unknown'), tone: 'unknown' };
  }
}
