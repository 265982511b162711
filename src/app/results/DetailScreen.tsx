import { useRoute } from 'preact-iso';
import { mailtoHref, safeHref, telHref } from '../../domain/links/safe-href';
import type { Retirement, Service } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { openingStatusAt } from '../../domain/hours/opening-status';
import { ScreenTitle } from '../ui/ScreenTitle';
import { dataDate, useFormattedDate } from '../data/use-directory';
import { listedIds, useEntries, useEntry, useMatches } from '../data/use-matches';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { emailOf, websiteOf } from '../ui/contact';
import { DirectoryGate } from '../ui/DirectoryGate';
import { DirectoryText } from '../ui/DirectoryText';
import { MachineNote } from '../translation/MachineNote';
import { detailTexts } from '../translation/shown-texts';
import { RetiredNotice } from '../ui/RetiredNotice';
import { CheckedNote } from './CheckedNote';
import { FlagBadges } from './FlagBadges';
import { languageNames } from '../ui/language-names';
import { mailtoLink } from '../ui/links';
import { LocationBlock } from './LocationBlock';
import { WeekHours } from './WeekHours';
import { OpeningStatusLine } from '../ui/OpeningStatusLine';
import { SaveShare } from './SaveShare';
import './results.css';
import { PhoneNumber } from '../ui/PhoneNumber';
import { PROTECTION_TOPIC, useOfferQuickExit } from '../safety/quick-exit-offer';
import { CardLink } from '../ui/CardLink';

/**
 * `/angebot/:id`: everything about one service, for reading at home or showing in a home visit. Reads
 * that one service (by id); for a service the directory no longer lists, the editors' retirement
 * record (from the head, with the match table) and its successor (by id).
 */
export function DetailScreen() {
  const t = useT();
  const { params } = useRoute();
  const { state, matches } = useMatches();
  const id = params.id ?? '';
  const listed = matches && listedIds(matches).has(id);
  const entry = useEntry(matches, id);
  const retired = listed === false ? matches?.retired.find((record) => record.id === id) : undefined;
  const successors = useEntries(
    matches,
    listed === false ? (retired?.successor !== undefined ? [retired.successor] : []) : undefined,
  );
  if (!matches || (listed === false && !successors) || (listed && !entry)) {
    return <DirectoryGate state={state} title={t('detail.title')} />;
  }
  if (!entry || !listed) return <DetailNotFound retired={retired} successor={successors?.[0]?.service} />;
  const date = dataDate(state);
  return <Detail entry={entry} editorialEmail={matches.meta.editorialEmail} dataDateValue={date} />;
}

function DetailNotFound({ retired, successor }: { retired: Retirement | undefined; successor: Service | undefined }) {
  const t = useT();
  return (
    <section class="stack">
      <ScreenTitle title={t('detail.notFoundTitle')}>{t('detail.notFoundHeading')}</ScreenTitle>
      {retired ? <RetiredNotice record={retired} successor={successor} /> : <p>{t('detail.notFoundText')}</p>}
      <CardLink href="/suche" title={t('detail.notFoundSearch')} icon={icons.search} />
      <CardLink href="/" title={t('detail.notFoundHome')} />
    </section>
  );
}

function Detail({
  entry,
  editorialEmail,
  dataDateValue,
}: {
  entry: DirectoryEntry;
  editorialEmail: string;
  dataDateValue: string | number | undefined;
}) {
  const t = useT();
  const { code } = useLanguage();
  const { service, organization } = entry;
  const dateText = useFormattedDate(dataDateValue, code);
  useOfferQuickExit(service.topics.includes(PROTECTION_TOPIC));
  const name = textIn(service.name, code);
  const now = berlinMoment(Date.now());
  const phones = service.phones.length > 0 ? service.phones : organization.phones;
  const email = emailOf(entry);
  const emailLink = mailtoHref(email);
  const website = safeHref(websiteOf(entry));
  // Hours for no particular place, or for a place this service does not list, are shown for the whole service.
  const placed = new Set(entry.locations.map((location) => location.id));
  const general = service.schedules.filter((s) => s.locationId === undefined || !placed.has(s.locationId));
  const report = mailtoLink(
    editorialEmail,
    t('detail.reportSubject', { name: service.name.de, id: service.id }),
    t('detail.reportBody', { name: service.name.de, id: service.id }),
  );
  return (
    <article class="stack detail">
      <ScreenTitle title={name}>
        <DirectoryText text={service.name} />
      </ScreenTitle>
      <p class="note">
        <DirectoryText text={organization.name} marker={false} />
      </p>
      <p class="lead">
        <DirectoryText text={service.summary} />
      </p>
      <MachineNote texts={detailTexts(entry)} />
      <OpeningStatusLine status={openingStatusAt(service.schedules, now)} />
      <FlagBadges flags={service.flags} sample={organization.sampleData} />
      {organization.sampleData && <p class="sample-notice">{t('detail.sampleEntry')}</p>}
      <div class="card-actions">
        <SaveShare entry={entry} name={name} />
      </div>

      <section class="detail-section" aria-labelledby="detail-contact">
        <h2 id="detail-contact">{t('detail.contact')}</h2>
        <ul class="plain-list detail-list">
          {phones.map((phone) => (
            <li key={phone.number}>
              {phone.label && (
                <span>
                  <DirectoryText text={phone.label} />
                  {': '}
                </span>
              )}
              {phone.kind === 'voice' || phone.kind === 'hotline' ? (
                <PhoneLink number={phone.number} name={name} />
              ) : (
                <span>
                  {phone.kind === 'fax' && `${t('detail.fax')} `}
                  <PhoneNumber number={phone.number} />
                </span>
              )}
            </li>
          ))}
          {email && emailLink && (
            <li>
              <a class="action-button" href={emailLink}>
                <Icon shape={icons.mail} size={20} />
                <span dir="ltr">{email}</span>
              </a>
            </li>
          )}
          {website && (
            <li>
              <a class="action-button" href={website} target="_blank" rel="noopener noreferrer">
                <Icon shape={icons.web} size={20} />
                <span dir="ltr">{website.replace(/^https:\/\//, '')}</span>
              </a>
            </li>
          )}
        </ul>
      </section>

      {general.length > 0 && (
        <section class="detail-section" aria-labelledby="detail-hours">
          <h2 id="detail-hours">{t('detail.hours')}</h2>
          {general.map((schedule, i) => (
            <WeekHours key={i} schedule={schedule} today={now.weekday} />
          ))}
        </section>
      )}

      {entry.locations.map((location) => (
        <LocationBlock
          key={location.id}
          location={location}
          schedules={service.schedules.filter((s) => s.locationId === location.id)}
          today={now.weekday}
          name={name}
        />
      ))}

      <section class="detail-section" aria-labelledby="detail-about">
        <h2 id="detail-about">{t('detail.about')}</h2>
        <p>
          <DirectoryText text={service.description} />
        </p>
        {service.eligibility && (
          <>
            <h3>{t('detail.eligibility')}</h3>
            <p>
              <DirectoryText text={service.eligibility} />
            </p>
          </>
        )}
        {service.fees && (
          <>
            <h3>{t('detail.fees')}</h3>
            <p>
              <DirectoryText text={service.fees} />
            </p>
          </>
        )}
        <h3>{t('detail.languages')}</h3>
        <p>{languageNames(service.languages, code).join(', ')}</p>
      </section>

      <p class="note">
        <CheckedNote lastChecked={service.lastChecked} />
        {dateText !== undefined && ` · ${t('detail.dataDate', { date: dateText })}`}
      </p>
      {report !== undefined && <CardLink href={report} title={t('detail.report')} hint={t('detail.reportHint')} />}
    </article>
  );
}

/** A number to call; a number that cannot become a clean tel: link is shown as text only. */
function PhoneLink({ number, name }: { number: string; name: string }) {
  const t = useT();
  const href = telHref(number);
  const digits = <PhoneNumber number={number} />;
  if (!href) return digits;
  return (
    <a class="action-button" href={href} aria-label={t('results.callLabel', { name, number })}>
      <Icon shape={icons.phone} size={20} />
      {digits}
    </a>
  );
}
