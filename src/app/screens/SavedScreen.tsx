import { ScreenTitle } from '../ui/ScreenTitle';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { useLanguage, useT } from '../i18n';
import { SavedContacts } from './SavedContacts';
import { dataDate, formatDate, useDirectory } from '../data/use-directory';
import { useSavedContacts } from '../data/saved-list';
import { outcomeMessage } from '../data/sync-messages';
import '../data/directory.css';

/** The family's saved contacts (Merkliste). They are kept only on this phone. */
export function SavedScreen() {
  const t = useT();
  const { code } = useLanguage();
  const state = useDirectory();
  const { contacts, reload } = useSavedContacts();
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
          <SavedContacts contacts={contacts} onChange={reload} directory={state.directory} />
          <p class="note">{t('saved.privacy')}</p>
        </>
      )}
      {state.storage === 'memory' && state.storageProblem !== 'newer-version' && (
        <p class="note">{t('storage.memoryOnly')}</p>
      )}
    </section>
  );
}
