/**
 * /weitergeben/drucken: the handout for the family as an A4 page. On screen it is a preview with a
 * "Drucken" button; on paper (@media print, styles in share.css under html.handout-page) only the
 * handout is printed: no header, footer, notices or buttons. Logical properties only, so Arabic and
 * Persian print right to left; numbers and times stay left-to-right inside. A contact shown in a
 * machine-assisted draft translation says so in a line of its own, in the family's language.
 */
import { useEffect } from 'preact/hooks';
import { contactsLink } from '../../domain/visit/contacts-link';
import type { ContactSummary } from '../../domain/visit/contact-summary';
import { addressText } from '../../domain/visit/contact-summary';
import { ScreenTitle } from '../ui/ScreenTitle';
import { formatDate } from '../data/use-directory';
import { useT } from '../i18n';
import { DirectoryGate } from '../ui/DirectoryGate';
import { HoursLine } from './HoursLine';
import { QrCode } from './QrCode';
import { useSelection } from './selection';
import './share.css';

const PAGE_CLASS = 'handout-page';

export function HandoutScreen() {
  const t = useT();
  const { state, ids, handout, language } = useSelection();
  useEffect(() => {
    document.documentElement.classList.add(PAGE_CLASS);
    return () => document.documentElement.classList.remove(PAGE_CLASS);
  }, []);
  const title = t('handout.title');
  if (!handout || !ids) return <DirectoryGate state={state} title={title} />;
  const { contacts } = handout;
  const link =
    contacts.length > 0
      ? contactsLink(
          location.origin,
          contacts.map((c) => c.id),
          language,
        )
      : undefined;
  return (
    <article class="handout">
      <div class="handout-controls">
        <button type="button" class="button" onClick={() => window.print()}>
          {t('handout.print')}
        </button>
        <a class="button button-secondary" href="/weitergeben">
          {t('handout.back')}
        </a>
      </div>
      <ScreenTitle title={title}>{title}</ScreenTitle>
      <p class="handout-intro">{t('handout.intro')}</p>
      {contacts.length === 0 && <p>{t('handout.empty')}</p>}
      <ol class="plain-list handout-contacts">
        {contacts.map((contact) => (
          <HandoutContact key={contact.id} contact={contact} />
        ))}
      </ol>
      {link && (
        <section class="handout-qr" aria-labelledby="handout-qr-heading">
          <QrCode text={link} label={t('visit.share.linkQrLabel', { count: contacts.length })} target={150} />
          <div>
            <h2 id="handout-qr-heading">{t('handout.qrHeading')}</h2>
            <p>{t('handout.qrHint')}</p>
            <p class="share-link" dir="ltr">
              {link}
            </p>
          </div>
        </section>
      )}
      <section class="handout-emergency" aria-labelledby="handout-emergency-heading">
        <h2 id="handout-emergency-heading">{t('handout.emergencyHeading')}</h2>
        <ul class="plain-list">
          {handout.emergency.map((entry) => (
            <li key={entry.key}>
              <span>{t(`emergency.numbers.${entry.key}.name`)}</span>{' '}
              {entry.numbers.map((n, i) => (
                <span key={n.tel}>
                  {i > 0 && ' / '}
                  <strong class="phone-number">{n.display}</strong>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
      <p class="handout-date">
        {handout.dataDate !== undefined
          ? t('handout.dataDate', { date: formatDate(handout.dataDate, language) })
          : t('handout.noDataDate')}
      </p>
    </article>
  );
}

function HandoutContact({ contact }: { contact: ContactSummary }) {
  const t = useT();
  return (
    <li class="handout-contact" data-service-id={contact.id}>
      <h2>{contact.name}</h2>
      {contact.organization !== contact.name && <p class="handout-org">{contact.organization}</p>}
      {contact.drafts && <p class="handout-draft">{t('drafts.line')}</p>}
      <ul class="plain-list">
        {contact.phones.map((phone) => (
          <li key={phone.number}>
            {phone.label && `${phone.label}: `}
            {t('handout.phone')} <strong class="phone-number">{phone.number}</strong>
          </li>
        ))}
        {contact.email && (
          <li>
            {t('handout.email')} <span dir="ltr">{contact.email}</span>
          </li>
        )}
        {contact.website && (
          <li>
            {t('handout.website')} <span dir="ltr">{contact.website.replace(/^https:\/\//, '')}</span>
          </li>
        )}
        {contact.address && contact.hours.every((block) => !block.place) && <li>{addressText(contact.address)}</li>}
      </ul>
      {contact.hours.length > 0 && (
        <div class="handout-hours">
          <h3>{t('handout.hours')}</h3>
          {contact.hours.map((block, i) => (
            <p key={i}>
              {block.place && (
                <span class="handout-place">
                  <bdi>{block.place}</bdi>:{' '}
                </span>
              )}
              {block.lines.map((line, j) => (
                <span key={j} class="handout-line">
                  <HoursLine line={line} />
                </span>
              ))}
            </p>
          ))}
        </div>
      )}
    </li>
  );
}
