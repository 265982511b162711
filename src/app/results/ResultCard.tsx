import type { DirectoryEntry } from '../../domain/guide/entries';
import type { MatchReasons } from '../../domain/guide/match';
import type { OpeningStatus } from '../../domain/hours/opening-status';
import { mailtoHref, safeHref, telHref } from '../../domain/links/safe-href';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { callablePhones, emailOf, entryPath, websiteOf } from '../ui/contact';
import { DirectoryText } from '../ui/DirectoryText';
import { FlagBadges } from './FlagBadges';
import { reasonsText } from '../ui/labels';
import { languageNames } from '../ui/language-names';
import { OpeningStatusLine } from '../ui/OpeningStatusLine';
import { routeLink } from './route-link';
import { SaveShare } from './SaveShare';
import { ReadAloud } from '../speech/ReadAloud';
import { cardSpeech, cardSpeechLanguage } from '../speech/spoken-text';
import { VisitSelectToggle } from '../visit/VisitSelectToggle';
import { MachineNote } from '../translation/MachineNote';
import { cardTexts } from '../translation/shown-texts';
import './results.css';
import { PhoneNumber } from '../ui/PhoneNumber';

export interface ResultCardProps {
  entry: DirectoryEntry;
  /** Why the guide shows it ("Passt zu: …"); search results leave it out. */
  reasons?: MatchReasons;
  status: OpeningStatus;
  /** 2 in a flat list, 3 under a group heading. */
  headingLevel?: 2 | 3;
}

/**
 * One service as a card: what it is in one line, whether it is open now, who speaks which language,
 * and everything to act on it at once (call, e-mail, website, route, save, share, details).
 */
export function ResultCard({ entry, reasons, status, headingLevel = 2 }: ResultCardProps) {
  const t = useT();
  const { code } = useLanguage();
  const { service, organization } = entry;
  const name = textIn(service.name, code);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  // Every link from data passes safeHref & co. once more: a bad value shows no link at all.
  const phone = callablePhones(entry).find((p) => telHref(p.number) !== undefined);
  const email = mailtoHref(emailOf(entry));
  const website = safeHref(websiteOf(entry));
  const location = entry.locations[0];
  const route = location ? routeLink(location.address) : undefined;
  const because = reasons ? reasonsText(reasons, t) : '';
  return (
    <article class="result-card" data-service-id={service.id} aria-labelledby={`card-${service.id}`}>
      <Heading class="card-title" id={`card-${service.id}`}>
        <a href={entryPath(service.id)}>
          <DirectoryText text={service.name} />
        </a>
      </Heading>
      <p class="note card-organization">
        <DirectoryText text={organization.name} marker={false} />
      </p>
      <OpeningStatusLine status={status} />
      {/* The call comes right after who and whether they are open: the first card's call is on the first screen. */}
      {phone && (
        <a
          class="call-button card-call"
          href={telHref(phone.number)}
          aria-label={t('results.callLabel', { name, number: phone.number })}
        >
          <Icon shape={icons.phone} />
          <PhoneNumber number={phone.number} />
        </a>
      )}
      <p>
        <DirectoryText text={service.summary} />
      </p>
      <MachineNote texts={cardTexts(entry)} />
      {because !== '' && <p class="card-reasons">{t('results.matches', { reasons: because })}</p>}
      <p class="card-languages">
        {t('results.languages', { languages: languageNames(service.languages, code).join(', ') })}
      </p>
      <FlagBadges flags={service.flags} sample={organization.sampleData} />
      <div class="card-actions">
        {/* The words are put together at the tap: thirty cards need not build texts nobody may hear. */}
        <ReadAloud
          text={() => cardSpeech(entry, status, code, t).text}
          lang={cardSpeechLanguage(entry, code)}
          label={name}
        />
        {email && (
          <a class="action-button" href={email} aria-label={t('results.emailLabel', { name })}>
            <Icon shape={icons.mail} size={20} />
            {t('results.email')}
          </a>
        )}
        {website && (
          <a
            class="action-button"
            href={website}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('results.websiteLabel', { name })}
          >
            <Icon shape={icons.web} size={20} />
            {t('results.website')}
          </a>
        )}
        {route && (
          <a class="action-button" href={route} aria-label={t('results.routeLabel', { name })}>
            <Icon shape={icons.place} size={20} />
            {t('results.route')}
          </a>
        )}
        <SaveShare entry={entry} name={name} />
        <VisitSelectToggle entry={entry} />
        <a class="action-button" href={entryPath(service.id)} aria-label={t('results.detailsLabel', { name })}>
          <Icon shape={icons.forward} size={20} />
          {t('results.details')}
        </a>
      </div>
    </article>
  );
}
