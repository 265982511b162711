/**
 * The calendar file for one item or a child's whole timeline, made on the phone and handed to the
 * phone's own calendar: the share sheet where the browser can share files (Android, iOS), else a
 * download through a Blob link (works offline, no server involved).
 */
import type { IcsEvent } from '../../domain/timeline/ics';
import { formatIsoDate } from '../../domain/timeline/calendar-date';
import type { TimelineEntry } from '../../domain/timeline/timeline';
import type { ChildRecord } from '../../storage/records';
import type { Translate } from '../i18n';
import { textIn } from '../../domain/directory/text-in';

export function eventsOf(
  child: ChildRecord,
  entries: readonly TimelineEntry[],
  language: string,
  t: Translate,
): IcsEvent[] {
  return entries.map(({ item, window, tolerance }) => {
    const title = textIn(item.title, language);
    const lines = [
      ...(item.condition ? [textIn(item.condition, language)] : []),
      textIn(item.text, language),
      ...(item.bring ? [`${t('timeline.bring')}: ${textIn(item.bring, language)}`] : []),
      ...(formatIsoDate(tolerance.end) !== formatIsoDate(window.end)
        ? [t('timeline.icsTolerance', { date: formatIsoDate(tolerance.end) })]
        : []),
    ];
    return {
      uid: `${child.id}-${item.id}@bruecken-fuer-familien`,
      start: window.start,
      end: window.end,
      summary: child.nickname ? `${title} – ${child.nickname}` : title,
      description: lines.join('\n'),
      ...(item.link ? { url: item.link } : {}),
    };
  });
}

/** The file's text; the calendar library loads only now, when a family asks for the file. */
export async function calendarText(
  child: ChildRecord,
  events: readonly IcsEvent[],
  language: string,
  t: Translate,
): Promise<string> {
  const { timelineCalendar } = await import('../../domain/timeline/ics');
  return timelineCalendar(events, {
    name: child.nickname ? t('timeline.icsNameFor', { name: child.nickname }) : t('timeline.icsName'),
    language,
    alarmText: (event) => t('timeline.icsAlarm', { title: event.summary }),
  });
}

/** Shares or downloads the file; resolves to how it went, for the screen's status line. */
export async function handOver(text: string, fileName: string): Promise<'shared' | 'downloaded'> {
  const file = new File([text], fileName, { type: 'text/calendar' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file] });
      return 'shared';
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') return 'shared';
      // Sharing refused (no share target): fall back to the download.
    }
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
