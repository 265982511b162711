/**
 * /kontakte?ids=a,b,c&lang=tr: the contacts a professional passed on (QR code or shared link), in the
 * family's language (`lang=` is applied by the i18n start-up), with big call buttons and the hours in
 * words. Ids the directory does not have (any more) are skipped and said, never silently dropped.
 */
import { useLocation } from 'preact-iso';
import { useMemo, useState } from 'preact/hooks';
import type { Service } from '../../domain/directory/schema';
import { readContactsQuery } from '../../domain/visit/contacts-link';
import { pickEntries } from '../../domain/visit/handout';
import { summarize } from '../../domain/visit/contact-summary';
import { ScreenTitle } from '../ui/ScreenTitle';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { startDirectory } from '../data/directory-state';
import { useEntries, useMatches } from '../data/use-matches';
import { useLanguage, useT } from '../i18n';
import { DirectoryGate } from '../ui/DirectoryGate';
import { HoursLine } from './HoursLine';
import { useHoursWords } from './selection';
import './share.css';
import { PhoneNumber } from '../ui/PhoneNumber';
import { CardLink } from '../ui/CardLink';

export function ContactsScreen() {
  const t = useT();
  const { url } = useLocation();
  const { state, matches } = useMatches();
  const { code } = useLanguage();
  const words = useHoursWords();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const query = useMemo(() => readContactsQuery(search), [search]);
  // Only the services passed on are read (by id), never the whole directory.
  const entries = useEntries(matches, query.ids);
  const title = t('visit.contacts.title');
  if (!entries) return <DirectoryGate state={state} title={title} />;
  const { found, missing } = pickEntries(query.ids, entries);
  const skipped = missing.length + query.malformed;
  const contacts = found.map((entry) => summarize(entry, code, words));
  return (
    <section class="stack contacts-screen">
      <ScreenTitle title={title}>{title}</ScreenTitle>
      <p class="lead">{t('visit.contacts.intro', { count: contacts.length })}</p>
      {skipped > 0 && (
        <p class="note" role="status">
          {t('visit.contacts.skipped', { count: skipped })}
        </p>
      )}
      <ul class="plain-list call-list">
        {contacts.map((contact) => (
          <li key={contact.id} class="call-entry" data-service-id={contact.id}>
            <h2 class="call-name">
              <a href={`/angebot/${encodeURIComponent(contact.id)}`}>{contact.name}</a>
            </h2>
            {contact.organization !== contact.name && <p class="call-when">{contact.organization}</p>}
            {contact.phones.map((phone) => (
              <a
                key={phone.number}
                class="call-button"
                href={`tel:${phone.dial}`}
                aria-label={t('visit.contacts.callLabel', { name: contact.name, number: phone.number })}
              >
                <Icon shape={icons.phone} />
                <PhoneNumber number={phone.number} />
              </a>
            ))}
            {contact.hours.map((block, i) => (
              <p key={i} class="call-when">
                {block.place && (
                  <>
                    <bdi>{block.place}</bdi>:{' '}
                  </>
                )}
                {block.lines.map((line, j) => (
                  <span key={j}>
                    {j > 0 && ' · '}
                    <HoursLine line={line} />
                  </span>
                ))}
              </p>
            ))}
          </li>
        ))}
      </ul>
      {contacts.length === 0 && <CardLink href="/" title={t('visit.contacts.home')} />}
      {found.length > 0 && <SaveAll services={found.map((entry) => entry.service)} />}
    </section>
  );
}

/** Keeps the passed-on contacts in this phone's Merkliste, so they are there without network too. */
function SaveAll({ services }: { services: Service[] }) {
  const t = useT();
  const [message, setMessage] = useState('');
  const save = async () => {
    try {
      const runtime = await startDirectory({ services: false });
      for (const service of services) await runtime.saveContact(service);
      setMessage(t('visit.contacts.savedAll', { count: services.length }));
    } catch {
      setMessage(t('visit.contacts.saveFailed'));
    }
  };
  return (
    <div class="stack-small">
      <button type="button" class="button button-secondary" onClick={() => void save()}>
        {t('visit.contacts.saveAll')}
      </button>
      <p role="status">{message}</p>
      <a href="/merkliste">{t('visit.contacts.savedLink')}</a>
    </div>
  );
}
