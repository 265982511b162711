/**
 * Quiet notices about the directory for the app frame: "Das Verzeichnis wurde aktualisiert" after
 * an update (closable), a request to reload when another tab updated the app's database, and, after
 * a switch to a language whose texts are not on the phone yet, that they come once it is online
 * (closable too: on a small phone with large text it takes a good part of the screen).
 * Mounting it also starts the storage and sync code after the first render.
 */
import { ReloadNotice } from '../ui/ReloadNotice';
import { useLanguage, useT } from '../i18n';
import { closeLanguageNotice, dismissUpdateNotice } from '../data/directory-state';
import { dataDate, formatDate, useDirectoryStatus } from '../data/use-directory';
import '../data/directory.css';

export function DirectoryNotices() {
  const t = useT();
  const language = useLanguage();
  const state = useDirectoryStatus();
  const date = dataDate(state);
  return (
    <div class="directory-notices" role="status">
      {state.storageProblem === 'newer-version' && (
        <ReloadNotice text={t('storage.newerVersion')} testId="newer-version" />
      )}
      {state.superseded && <ReloadNotice text={t('storage.otherTab')} />}
      {state.languageWaiting === language.code && state.languageNoticeClosed !== language.code && (
        <div class="directory-notice" data-testid="language-waiting">
          <p>{t('publication.languageWaiting')}</p>
          <button type="button" class="button-small" onClick={() => closeLanguageNotice(language.code)}>
            {t('sync.dismiss')}
          </button>
        </div>
      )}
      {state.updateNotice && !state.superseded && (
        <div class="directory-notice">
          <p>
            {t('sync.updatedNotice')}
            {date !== undefined && ` ${t('sync.dataDate', { date: formatDate(date, language.code) })}`}
          </p>
          <button type="button" class="button-small" onClick={dismissUpdateNotice}>
            {t('sync.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
