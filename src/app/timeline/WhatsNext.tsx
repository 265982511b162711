import './strings';
import timeline from 'virtual:timeline';
import { parseIsoDate } from '../../domain/timeline/calendar-date';
import { buildTimeline, nextEntry, type TimelineEntry } from '../../domain/timeline/timeline';
import type { ChildRecord } from '../../storage/records';
import { Icon } from '../components/Icon';
import { textIn } from './text';
import { useLanguage, useT } from '../i18n';
import { useVisit } from '../visit/visit-state';
import { childLabel, useChildren } from './children';
import { formatCalendarDate, today } from './dates';

/** The next item of each saved child, one tap from the start screen to its place in the timeline. */
export function WhatsNext() {
  const t = useT();
  const { code } = useLanguage();
  const inVisit = useVisit() !== undefined;
  const { children } = useChildren(inVisit);
  if (!timeline || !children) return null;
  const items = timeline.items;
  const next = children
    .map((child): [ChildRecord, TimelineEntry | undefined] => {
      const date = parseIsoDate(child.date);
      return [child, date ? nextEntry(buildTimeline({ date, expected: child.expected }, items, today())) : undefined];
    })
    .filter((pair): pair is [ChildRecord, TimelineEntry] => pair[1] !== undefined);
  if (next.length === 0)
    return (
      <a class="card-link" href="/zeitleiste" data-testid="timeline-link">
        <Icon name="check" />
        <span>
          <strong>{t('timeline.link')}</strong>
          <span class="card-link-hint">{t('timeline.linkHint')}</span>
        </span>
      </a>
    );
  return (
    <section class="whats-next stack-small" aria-labelledby="whats-next-heading" data-testid="whats-next">
      <h2 id="whats-next-heading">{t('timeline.whatsNext')}</h2>
      {next.map(([child, entry]) => (
        <a key={child.id} class="card-link" href={`/zeitleiste#child-${child.id}`}>
          <Icon name="check" />
          <span>
            <strong>
              {childLabel(child, t)}: {textIn(entry.item.title, code)}
            </strong>
            <span class="card-link-hint">
              {t('timeline.between', {
                from: formatCalendarDate(entry.window.start, code),
                to: formatCalendarDate(entry.window.end, code),
              })}
              {entry.status === 'late' &&
                ` ${t('timeline.latest', { date: formatCalendarDate(entry.tolerance.end, code) })}`}
            </span>
          </span>
        </a>
      ))}
    </section>
  );
}
