import { useMemo, useState } from 'preact/hooks';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { telHref } from '../../domain/links/safe-href';
import { compareDates, parseIsoDate } from '../../domain/timeline/calendar-date';
import { contactsFor } from '../../domain/timeline/contact';
import type { TimelineSource } from '../../domain/timeline/schema';
import type { TimelineEntry } from '../../domain/timeline/timeline';
import type { ChildRecord } from '../../storage/records';
import { CallButton } from '../ui/CallButton';
import { useEntries, useMatches } from '../data/use-matches';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { callablePhones, entryPath } from '../ui/contact';
import { ReadAloud } from '../speech/ReadAloud';
import { formatCalendarDate } from '../ui/calendar-date';
import { calendarText, eventsOf, handOver } from './ics-file';

/**
 * The local contacts for an item: the first of the guide's ranking for the child's town (up to two),
 * ranked on the match table; only those two services are read, by id.
 */
function Contacts({ entry, town }: { entry: TimelineEntry; town: string | undefined }) {
  const t = useT();
  const { code } = useLanguage();
  const { matches } = useMatches();
  const contact = entry.item.contact;
  const ids = useMemo(
    () =>
      contact && matches
        ? contactsFor(contact, town, matches.rows, { language: code, now: berlinMoment(Date.now()) })
            .slice(0, 2)
            .map((result) => result.entry.id)
        : undefined,
    [contact, town, matches, code],
  );
  const results = useEntries(matches, ids);
  if (!results || results.length === 0) return null;
  return (
    <div class="timeline-contacts stack-small">
      <h4>{town ? t('timeline.contactsTown') : t('timeline.contacts')}</h4>
      <ul class="plain-list stack-small">
        {results.map((result) => {
          const name = textIn(result.service.name, code);
          const phone = callablePhones(result)[0];
          const href = phone ? telHref(phone.number) : undefined;
          return (
            <li key={result.service.id} class="stack-small" data-testid="timeline-contact">
              <a href={entryPath(result.service.id)}>{name}</a>
              {phone && href && <CallButton href={href} name={name} number={phone.number} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One item of the timeline: what it is, when, what to bring, whom to ask, its sources, and its calendar entry. */
export function EntryCard({
  entry,
  child,
  sources,
}: {
  entry: TimelineEntry;
  child: ChildRecord;
  sources: ReadonlyMap<string, TimelineSource>;
}) {
  const t = useT();
  const { code } = useLanguage();
  const [exported, setExported] = useState('');
  const { item, window, tolerance, status } = entry;
  const title = textIn(item.title, code);
  const single = compareDates(window.start, window.end) === 0;
  const when = single
    ? t('timeline.onDay', { date: formatCalendarDate(window.start, code) })
    : t('timeline.between', { from: formatCalendarDate(window.start, code), to: formatCalendarDate(window.end, code) });
  const latest =
    compareDates(tolerance.end, window.end) !== 0
      ? t('timeline.latest', { date: formatCalendarDate(tolerance.end, code) })
      : undefined;
  const spoken = () =>
    [
      title,
      when,
      latest,
      item.condition && textIn(item.condition, code),
      textIn(item.text, code),
      item.bring && `${t('timeline.bring')}: ${textIn(item.bring, code)}`,
    ]
      .filter(Boolean)
      .join('. ');

  const exportOne = async () => {
    const text = await calendarText(child, eventsOf(child, [entry], code, t), code, t);
    const how = await handOver(text, `${item.id}.ics`);
    setExported(how === 'shared' ? t('timeline.exportShared') : t('timeline.exportDone'));
  };

  return (
    <li class={`timeline-entry timeline-${item.kind}`} data-testid="timeline-entry" data-status={status}>
      <h3>
        <span class="timeline-kind">{t(`timeline.kind.${item.kind}`)}</span> {title}
      </h3>
      <p class="timeline-when">
        <strong>{when}</strong>
        {latest && <span class="note"> {latest}</span>}
      </p>
      <p class="timeline-status">{t(`timeline.status.${status}`)}</p>
      {item.condition && <p class="note">{textIn(item.condition, code)}</p>}
      <p>{textIn(item.text, code)}</p>
      {item.bring && (
        <p>
          <strong>{t('timeline.bring')}:</strong> {textIn(item.bring, code)}
        </p>
      )}
      {item.link && (
        <p>
          <a href={item.link} rel="noopener noreferrer" target="_blank">
            {t('timeline.moreLink')}
          </a>
        </p>
      )}
      <Contacts entry={entry} town={child.town} />
      <div class="timeline-actions">
        <ReadAloud text={spoken} lang={code} label={title} />
        <button type="button" class="button button-secondary" onClick={() => void exportOne()}>
          {t('timeline.exportOne')}
        </button>
      </div>
      <p role="status" class="note">
        {exported}
      </p>
      <p class="note timeline-sources">
        {t('timeline.sources')}{' '}
        {item.sources
          .map((id) => sources.get(id))
          .filter((source): source is TimelineSource => source !== undefined)
          .map((source, index) => (
            <span key={source.id}>
              {index > 0 && '; '}
              <a href={source.url} rel="noopener noreferrer" target="_blank">
                {source.title}
              </a>{' '}
              ({t('timeline.checked', { date: formatCalendarDate(parseIsoDate(source.checked)!, code) })})
            </span>
          ))}
      </p>
    </li>
  );
}
