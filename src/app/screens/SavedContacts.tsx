import { useState } from 'preact/hooks';
import { telHref } from '../../domain/links/safe-href';
import type { Retirement, Service } from '../../domain/directory/schema';
import type { SavedContact } from '../../storage/records';
import { useLanguage, useT } from '../i18n';
import { startDirectory } from '../data/directory-state';
import { textIn } from '../../domain/directory/text-in';
import { RetiredNotice } from '../ui/RetiredNotice';

/** A saved service the editors retired: their record and the service that took its place (when listed). */
export interface RetiredService {
  record: Retirement;
  successor: Service | undefined;
}

/**
 * The Merkliste's entries from storage. A service that left the directory stays, marked "Nicht mehr
 * im Verzeichnis" (or, when the editors retired it, "Dieses Angebot gibt es nicht mehr" with their
 * reason and its successor), with its last known contact data.
 */
export function SavedContacts({
  contacts,
  onChange,
  retired,
}: {
  contacts: SavedContact[];
  onChange: () => void;
  /**
   * The retirement records of saved services the directory no longer has, by id, with their
   * successors: why a saved service is gone and what replaces it (undefined while they are read).
   */
  retired?: ReadonlyMap<string, RetiredService>;
}) {
  const t = useT();
  const { code } = useLanguage();
  const [removed, setRemoved] = useState('');

  const remove = async (contact: SavedContact, name: string) => {
    try {
      const runtime = await startDirectory({ services: false });
      await runtime.removeSaved(contact.id);
      setRemoved(t('storage.removed', { name }));
    } catch {
      // Only when another tab took over the database: this tab must be reloaded first.
      setRemoved(t('storage.otherTab'));
    }
    onChange();
  };

  // The family decides the order (the most important number first); moving is done with buttons, not dragging,
  // so it works by keyboard, with a screen reader and with shaky hands.
  const move = async (index: number, by: -1 | 1, name: string) => {
    const ids = contacts.map((c) => c.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    try {
      const runtime = await startDirectory({ services: false });
      await runtime.reorderSaved(ids);
      setRemoved(t('storage.moved', { name, position: index + by + 1 }));
    } catch {
      setRemoved(t('storage.otherTab'));
    }
    onChange();
  };

  return (
    <>
      <ul class="saved-list" aria-label={t('storage.savedListLabel')}>
        {contacts.map((contact, index) => {
          const { service, organization, locations } = contact.snapshot;
          const name = textIn(service.name, code);
          const phones = service.phones.length > 0 ? service.phones : (organization?.phones ?? []);
          const gone = contact.inDirectory ? undefined : retired?.get(contact.id);
          return (
            <li key={contact.id} class="saved-item" data-testid="saved-contact">
              <h2>{name}</h2>
              {organization && <p class="note">{textIn(organization.name, code)}</p>}
              {contact.savedName && textIn(contact.savedName, code) !== name && (
                <p class="note">{t('storage.savedAs', { name: textIn(contact.savedName, code) })}</p>
              )}
              {gone && <RetiredNotice record={gone.record} successor={gone.successor} />}
              {!contact.inDirectory && !gone && (
                <p>
                  <span class="saved-gone">{t('storage.savedGone')}</span> – {t('storage.savedGoneHint')}
                </p>
              )}
              <p>{textIn(service.summary, code)}</p>
              {phones.map((phone) => {
                const href = telHref(phone.number);
                return (
                  <p key={phone.number}>
                    {href ? (
                      <a href={href} aria-label={t('storage.callLabel', { name, number: phone.number })}>
                        <span class="phone-number" dir="ltr">
                          {phone.number}
                        </span>
                      </a>
                    ) : (
                      <span class="phone-number" dir="ltr">
                        {phone.number}
                      </span>
                    )}
                  </p>
                );
              })}
              {locations.map((location) => (
                <p key={location.id}>
                  {location.address.street}, {location.address.postalCode} {location.address.city}
                </p>
              ))}
              <div class="saved-actions">
                {index > 0 && (
                  <button
                    type="button"
                    class="button-small"
                    aria-label={t('storage.moveUpLabel', { name })}
                    onClick={() => void move(index, -1, name)}
                  >
                    {t('storage.moveUp')}
                  </button>
                )}
                {index < contacts.length - 1 && (
                  <button
                    type="button"
                    class="button-small"
                    aria-label={t('storage.moveDownLabel', { name })}
                    onClick={() => void move(index, 1, name)}
                  >
                    {t('storage.moveDown')}
                  </button>
                )}
                <button
                  type="button"
                  class="button-small"
                  aria-label={t('storage.removeLabel', { name })}
                  onClick={() => void remove(contact, name)}
                >
                  {t('storage.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p role="status">{removed}</p>
    </>
  );
}
