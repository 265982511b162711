import './strings';
import timeline from 'virtual:timeline';
import { parseIsoDate } from '../../domain/timeline/calendar-date';
import { buildTimeline, nextEntry, type TimelineEntry } from '../../domain/timeline/timeline';
import type { ChildRecord } from '../../storage/records';
import { CardLink } from '../ui/CardLink';
import * as icons from '../ui/icons';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { useVisit } from '../visit/visit-state';
import { childLabel, useChildren } from './children';
import { today } from './dates';
import { formatCalendarDate } from '../ui/calendar-date';

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
      <CardLink
        href="/zeitleiste"
        title={t('timeline.link')}
        hint={t('timeline.linkHint')}
        icon={icons.check}
        testId="timeline-link"
      />
    );
  return (
    <section class="whats-next stack-small" aria-labelledby="whats-next-heading" data-testid="whats-next">
      <h2 id="whats-next-heading">{t('timeline.whatsNext')}</h2>
      {next.map(([child, entry]) => (
        <CardLink
          key={child.id}
          href={`/zeitleiste#child-${child.id}`}
          icon={icons.check}
          title={`${childLabel(child, t)}: ${textIn(entry.item.title, code)}`}
          hint={
            t('timeline.between', {
              from: formatCalendarDate(entry.window.start, code),
              to: formatCalendarDate(entry.window.end, code),
            }) +
            (entry.status === 'late'
              ? ` ${t('timeline.latest', { date: formatCalendarDate(entry.tolerance.end, code) })}`
              : '')
          }
        />
      ))}
    </section>
  );
}
