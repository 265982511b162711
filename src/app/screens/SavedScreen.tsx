import { ScreenTitle } from '../ui/ScreenTitle';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { useLanguage, useT } from '../i18n';
import { SavedContacts } from './SavedContacts';
import { dataDate, formatDate } from '../data/use-directory';
import { useMatches } from '../data/use-matches';
import { useSavedContacts } from '../data/saved-list';
import { useRetiredSaved } from './retired-saved';
import { outcomeMessage } from '../data/sync-messages';
import '../data/directory.css';

/**
 * The family's saved contacts (Merkliste). They are kept only on this phone, each with its last known
 * contact data; of the directory only the match table is read (with the editors' retirement records)
 * and, by id, the successors of retired saved services.
 */
export function SavedScreen() {
  const t = useT();
  const { code } = useLanguage();
  const { state, matches } = useMatches();
  const { contacts, reload } = useSavedContacts();
  const retired = useRetiredSaved(matches, contacts);
  const date = dataDate(state);
  return (
    <section class="stack">
      <ScreenTitle title={t('saved.title')}>{t('saved.heading')}</ScreenTitle>
      {state.storageProblem === 'newer-version' ? (
        // The saved contacts are in a database this version cannot open: never call the list empty.
        <p class="note">{t('storage.newerVersion')}</p>
      ) : contacts === undefined ? (
        <p>{t('storage.loading')}</p>
      ) : contacts.length === 0 ? (
        <div class="empty-state">
          <Icon shape={icons.bookmark} size={40} />
          <p>{t('saved.empty')}</p>
          <p class="note">{t('saved.privacy')}</p>
        </div>
      ) : (
        <>
          {date !== undefined && <p class="note data-date">{t('sync.dataDate', { date: formatDate(date, code) })}</p>}
          {state.failedUpdate !== undefined && <p class="note">{outcomeMessage(state.failedUpdate, t)}</p>}
          <SavedContacts contacts={contacts} onChange={reload} retired={retired} />
          <p class="note">{t('saved.privacy')}</p>
        </>
      )}
      {state.storage === 'memory' && state.storageProblem !== 'newer-version' && (
        <p class="note">{t('storage.memoryOnly')}</p>
      )}
    </section>
  );
}
