/**
 * /weitergeben: the visit list (or the Merkliste) passed on without network: a QR code with a link
 * that opens exactly these contacts in the family's language, a vCard QR code per contact that any
 * camera saves as a contact, the phone's share sheet (or the clipboard) and the printed handout.
 */
import { useState } from 'preact/hooks';
import { contactsLink } from '../../domain/visit/contacts-link';
import type { ContactSummary } from '../../domain/visit/contact-summary';
import { shareText } from '../../domain/visit/share-text';
import { vCardText } from '../../domain/visit/vcard';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useT } from '../i18n';
import { DirectoryGate } from '../ui/DirectoryGate';
import { QrCode } from './QrCode';
import { useSelection } from './selection';
import './share.css';
import { shareOrCopy } from '../ui/share-or-copy';

export function ShareScreen() {
  const t = useT();
  const { state, source, ids, handout, language } = useSelection();
  const title = t('visit.share.title');
  if (!handout || !ids) return <DirectoryGate state={state} title={title} />;
  const contacts = handout.contacts;
  return (
    <section class="stack share-screen">
      <ScreenTitle title={title}>{title}</ScreenTitle>
      <p class="lead">
        {source === 'visit'
          ? t('visit.share.fromVisit', { count: contacts.length })
          : t('visit.share.fromSaved', { count: contacts.length })}
      </p>
      {handout.missing.length > 0 && <p class="note">{t('visit.share.missing', { count: handout.missing.length })}</p>}
      {contacts.length === 0 ? <Empty source={source} /> : <Selected contacts={contacts} language={language} />}
    </section>
  );
}

function Empty({ source }: { source: 'visit' | 'saved' }) {
  const t = useT();
  return (
    <div class="empty-state">
      <p>{source === 'visit' ? t('visit.share.emptyVisit') : t('visit.share.emptySaved')}</p>
      <a class="button" href="/fragen/1">
        {t('visit.askTogether')}
      </a>
    </div>
  );
}

function Selected({ contacts, language }: { contacts: ContactSummary[]; language: string }) {
  const t = useT();
  const link = contactsLink(
    location.origin,
    contacts.map((c) => c.id),
    language,
  );
  return (
    <>
      <section class="stack-small qr-block" aria-labelledby="share-link-heading">
        <h2 id="share-link-heading">{t('visit.share.linkHeading')}</h2>
        <p>{t('visit.share.linkHint')}</p>
        <div class="qr-frame" data-qr="link">
          <QrCode text={link} label={t('visit.share.linkQrLabel', { count: contacts.length })} />
        </div>
        <p class="share-link" dir="ltr">
          {link}
        </p>
      </section>
      <ShareButton contacts={contacts} link={link} />
      <a class="button button-secondary" href="/weitergeben/drucken">
        {t('visit.share.print')}
      </a>
      <section class="stack-small" aria-labelledby="share-cards-heading">
        <h2 id="share-cards-heading">{t('visit.share.cardsHeading')}</h2>
        <p>{t('visit.share.cardsHint')}</p>
        <ul class="plain-list share-list">
          {contacts.map((contact) => (
            <ContactCardQr key={contact.id} contact={contact} />
          ))}
        </ul>
      </section>
    </>
  );
}

function ContactCardQr({ contact }: { contact: ContactSummary }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <li class="share-item" data-service-id={contact.id}>
      <p>
        <strong>{contact.name}</strong>
        {contact.phones[0] && (
          <>
            {' · '}
            <span class="phone-number">{contact.phones[0].number}</span>
          </>
        )}
      </p>
      <button type="button" class="button button-secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('visit.share.hideCard') : t('visit.share.showCard', { name: contact.name })}
      </button>
      {open && (
        <div class="qr-frame" data-qr="vcard">
          <QrCode
            text={vCardText(contact, t('handout.hours'), t('drafts.line'))}
            label={t('visit.share.cardQrLabel', { name: contact.name })}
          />
        </div>
      )}
    </li>
  );
}

function ShareButton({ contacts, link }: { contacts: ContactSummary[]; link: string }) {
  const t = useT();
  const [message, setMessage] = useState('');
  // A contact in a machine-assisted draft translation says so in the shared text too.
  const text = shareText(contacts, link, t('drafts.line'));
  const share = async () => {
    // The link is inside the text (last line), so messengers that drop `url` still carry it.
    const outcome = await shareOrCopy({ title: t('visit.share.shareTitle'), text }, text);
    if (outcome === 'shared') setMessage('');
    if (outcome === 'copied') setMessage(t('visit.share.copied', { count: contacts.length }));
    if (outcome === 'failed') setMessage(t('visit.share.copyFailed'));
  };
  return (
    <div class="stack-small">
      <button type="button" class="button" onClick={() => void share()}>
        {typeof navigator.share === 'function' ? t('visit.share.share') : t('visit.share.copy')}
      </button>
      <p role="status" class="share-message">
        {message}
      </p>
    </div>
  );
}
