import { useMemo, useState } from 'preact/hooks';
import { parseIsoDate } from '../../domain/timeline/calendar-date';
import type { Timeline, TimelineSource } from '../../domain/timeline/schema';
import { buildTimeline, currentAndComing } from '../../domain/timeline/timeline';
import type { ChildRecord } from '../../storage/records';
import { useLanguage, useT } from '../i18n';
import { townName } from '../../domain/towns';
import { childLabel, removeChild } from './children';
import { today } from './dates';
import { formatCalendarDate } from '../ui/calendar-date';
import { EntryCard } from './EntryCard';
import { calendarText, eventsOf, handOver } from './ics-file';

/** One child's timeline: what is open and what comes, the whole calendar file, and deleting the child. */
export function ChildTimeline({
  child,
  timeline,
  inVisit,
}: {
  child: ChildRecord;
  timeline: Timeline;
  inVisit: boolean;
}) {
  const t = useT();
  const { code } = useLanguage();
  const [message, setMessage] = useState('');
  const date = parseIsoDate(child.date);
  const entries = useMemo(
    () => (date ? buildTimeline({ date, expected: child.expected }, timeline.items, today()) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the child's date string stands for the parsed date
    [child.date, child.expected, timeline],
  );
  const sources = useMemo(
    () => new Map<string, TimelineSource>(timeline.sources.map((source) => [source.id, source])),
    [timeline],
  );
  if (!date) return null;
  const shown = currentAndComing(entries);
  const past = entries.length - shown.length;
  const name = childLabel(child, t);
  const headingId = `child-${child.id}`;

  const exportAll = async () => {
    const text = await calendarText(child, eventsOf(child, shown, code, t), code, t);
    const how = await handOver(text, 'zeitleiste.ics');
    setMessage(how === 'shared' ? t('timeline.exportShared') : t('timeline.exportDone'));
  };

  return (
    <section class="timeline-child stack" aria-labelledby={headingId} data-testid="child-timeline">
      <h2 id={headingId}>{name}</h2>
      <p>
        {child.expected
          ? t('timeline.expectedOn', { date: formatCalendarDate(date, code) })
          : t('timeline.bornOn', { date: formatCalendarDate(date, code) })}
        {child.town && ` · ${townName(child.town)}`}
      </p>
      {child.expected && <p class="note">{t('timeline.expectedHint')}</p>}
      <div class="timeline-actions">
        {shown.length > 0 && (
          <button type="button" class="button button-secondary" onClick={() => void exportAll()}>
            {t('timeline.exportAll')}
          </button>
        )}
        <button
          type="button"
          class="button button-secondary"
          aria-label={t('timeline.deleteLabel', { name })}
          onClick={() => void removeChild(child.id, inVisit)}
        >
          {t('timeline.delete')}
        </button>
      </div>
      <p role="status" class="note" data-testid="export-message">
        {message}
      </p>
      {shown.length === 0 ? (
        <p>{t('timeline.nothingLeft')}</p>
      ) : (
        <ol class="timeline-list">
          {shown.map((entry) => (
            <EntryCard key={entry.item.id} entry={entry} child={child} sources={sources} />
          ))}
        </ol>
      )}
      {past > 0 && <p class="note">{t('timeline.pastCount', { number: past })}</p>}
    </section>
  );
}
