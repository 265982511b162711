import { useRoute } from 'preact-iso';
import { mailtoHref, safeHref, telHref } from '../../domain/links/safe-href';
import type { Directory, Retirement } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { openingStatusAt } from '../../domain/hours/opening-status';
import { ScreenTitle } from '../components/ScreenTitle';
import { RetiredNotice, retirementOf } from '../data/RetiredNotice';
import { dataDate, formatDate, localized, useDirectory } from '../data/use-directory';
import { useLanguage, useT } from '../i18n';
import { ActionIcon } from './ActionIcon';
import { CheckedNote } from './CheckedNote';
import { emailOf, websiteOf } from './contact';
import { DirectoryGate } from './DirectoryGate';
import { DirectoryText } from './DirectoryText';
import { entriesOf } from './entries-cache';
import { FlagBadges } from './FlagBadges';
import { languageNames } from './language-names';
import { mailtoLink } from './links';
import { LocationBlock } from './LocationBlock';
import { WeekHours } from './WeekHours';
import { OpeningStatusLine } from './OpeningStatusLine';
import { SaveShare } from './SaveShare';
import './results.css';
import { PhoneNumber } from '../components/PhoneNumber';
import { PROTECTION_TOPIC, useOfferQuickExit } from '../safety/quick-exit-offer';

/** `/angebot/:id`: everything about one service, for reading at home or showing in a home visit. */
export function DetailScreen() {
  const t = useT();
  const { params } = useRoute();
  const state = useDirectory();
  const directory = state.directory;
  if (!directory) return <DirectoryGate state={state} title={t('detail.title')} />;
  const id = params.id ?? '';
  const entry = entriesOf(directory).find((e) => e.service.id === id);
  if (!entry) return <DetailNotFound retired={retirementOf(directory, id)} directory={directory} />;
  const date = dataDate(state);
  return <Detail entry={entry} directory={directory} dataDateValue={date} />;
}

function DetailNotFound({ retired, directory }: { retired: Retirement | undefined; directory: Directory }) {
  const t = useT();
  return (
    <section class="stack">
      <ScreenTitle title={t('detail.notFoundTitle')}>{t('detail.notFoundHeading')}</ScreenTitle>
      {retired ? <RetiredNotice record={retired} directory={directory} /> : <p>{t('detail.notFoundText')}</p>}
      <a class="card-link" href="/suche">
        <ActionIcon name="search" />
        <strong>{t('detail.notFoundSearch')}</strong>
      </a>
      <a class="card-link" href="/">
        <strong>{t('detail.notFoundHome')}</strong>
      </a>
    </section>
  );
}

function Detail({
  entry,
  directory,
  dataDateValue,
}: {
  entry: DirectoryEntry;
  directory: Directory;
  dataDateValue: string | number | undefined;
}) {
  const t = useT();
  const { code } = useLanguage();
  const { service, organization } = entry;
  useOfferQuickExit(service.topics.includes(PROTECTION_TOPIC));
  const name = localized(service.name, code);
  const now = berlinMoment(Date.now());
  const phones = service.phones.length > 0 ? service.phones : organization.phones;
  const email = emailOf(entry);
  const emailLink = mailtoHref(email);
  const website = safeHref(websiteOf(entry));
  // Hours for no particular place, or for a place this service does not list, are shown for the whole service.
  const placed = new Set(entry.locations.map((location) => location.id));
  const general = service.schedules.filter((s) => s.locationId === undefined || !placed.has(s.locationId));
  const report = mailtoLink(
    directory.meta.editorialEmail,
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
                <ActionIcon name="mail" size={20} />
                <span dir="ltr">{email}</span>
              </a>
            </li>
          )}
          {website && (
            <li>
              <a class="action-button" href={website} target="_blank" rel="noopener noreferrer">
                <ActionIcon name="web" size={20} />
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
        {dataDateValue !== undefined && ` · ${t('detail.dataDate', { date: formatDate(dataDateValue, code) })}`}
      </p>
      {report !== undefined && (
        <a class="card-link" href={report}>
          <span>
            <strong>{t('detail.report')}</strong>
            <span class="card-link-hint">{t('detail.reportHint')}</span>
          </span>
        </a>
      )}
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
      <ActionIcon name="phone" size={20} />
      {digits}
    </a>
  );
}
