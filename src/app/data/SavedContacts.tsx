import { useState } from 'preact/hooks';
import { toTelUri } from '../../domain/directory/phone';
import type { SavedContact } from '../../storage/records';
import { useLanguage, useT } from '../i18n';
import { startDirectory } from './directory-state';
import { localized } from './use-directory';

/**
 * The Merkliste's entries from storage. A service that left the directory stays, marked "Nicht mehr
 * im Verzeichnis", with its last known contact data.
 */
export function SavedContacts({ contacts, onChange }: { contacts: SavedContact[]; onChange: () => void }) {
  const t = useT();
  const { code } = useLanguage();
  const [removed, setRemoved] = useState('');

  const remove = async (contact: SavedContact, name: string) => {
    try {
      const runtime = await startDirectory();
      await runtime.removeSaved(contact.id);
      setRemoved(t('storage.removed', { name }));
    } catch {
      // Only when another tab took over the database: this tab must be reloaded first.
      setRemoved(t('storage.otherTab'));
    }
    onChange();
  };

  return (
    <>
      <ul class="saved-list" aria-label={t('storage.savedListLabel')}>
        {contacts.map((contact) => {
          const { service, organization, locations } = contact.snapshot;
          const name = localized(service.name, code);
          const phones = service.phones.length > 0 ? service.phones : (organization?.phones ?? []);
          return (
            <li key={contact.id} class="saved-item" data-testid="saved-contact">
              <h2>{name}</h2>
              {organization && <p class="note">{localized(organization.name, code)}</p>}
              {!contact.inDirectory && (
                <p>
                  <span class="saved-gone">{t('storage.savedGone')}</span> – {t('storage.savedGoneHint')}
                </p>
              )}
              <p>{localized(service.summary, code)}</p>
              {phones.map((phone) => (
                <p key={phone.number}>
                  <a href={toTelUri(phone.number)} aria-label={t('storage.callLabel', { name, number: phone.number })}>
                    <span class="phone-number">{phone.number}</span>
                  </a>
                </p>
              ))}
              {locations.map((location) => (
                <p key={location.id}>
                  {location.address.street}, {location.address.postalCode} {location.address.city}
                </p>
              ))}
              <button
                type="button"
                class="button-small"
                aria-label={t('storage.removeLabel', { name })}
                onClick={() => void remove(contact, name)}
              >
                {t('storage.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <p role="status">{removed}</p>
    </>
  );
}
