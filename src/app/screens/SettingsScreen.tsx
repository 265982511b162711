import { useState } from 'preact/hooks';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useLanguage, useT } from '../i18n';
import { syncNow } from '../data/directory-state';
import { dataDate, formatDate, formatDateTime } from '../data/use-directory';
import { useMatches } from '../data/use-matches';
import { outcomeMessage } from '../data/sync-messages';
import { ClearMyData } from '../data/ClearMyData';
import { ChildrenData } from '../timeline/ChildrenData';
import '../data/directory.css';

/** /einstellungen: the directory's state on this phone, "Jetzt aktualisieren" and "Meine Daten löschen". */
export function SettingsScreen() {
  const t = useT();
  const language = useLanguage();
  // The match table's source carries the directory's meta (the sample note); no service is read.
  const { state, matches } = useMatches();
  const [message, setMessage] = useState('');
  const date = dataDate(state);

  const update = async () => {
    setMessage('');
    const outcome = await syncNow();
    setMessage(outcomeMessage(outcome?.kind, t));
  };

  return (
    <section class="stack">
      <ScreenTitle title={t('settings.title')}>{t('settings.heading')}</ScreenTitle>

      <section class="stack" aria-labelledby="directory-heading">
        <h2 id="directory-heading">{t('settings.directoryHeading')}</h2>
        {state.status === 'ready' && state.info && date !== undefined ? (
          <p data-testid="directory-summary">
            {t('settings.summary', { count: state.info.counts.services, date: formatDate(date, language.code) })}
          </p>
        ) : (
          <p>{state.status === 'empty' ? t('settings.empty') : t('settings.loading')}</p>
        )}
        {matches?.meta.sample && <p class="note">{t('settings.sample')}</p>}
        <p class="note">
          {state.lastSuccessAt !== undefined
            ? t('settings.lastCheck', { date: formatDateTime(state.lastSuccessAt, language.code) })
            : t('settings.neverChecked')}
        </p>
        {state.storage === 'memory' && (
          <p class="note" data-testid="memory-only">
            {state.storageProblem === 'blocked-timeout'
              ? t('settings.blocked')
              : state.storageProblem === 'newer-version'
                ? t('storage.newerVersion')
                : t('settings.memoryOnly')}
          </p>
        )}
        {state.failedUpdate !== undefined && message === '' && <p>{outcomeMessage(state.failedUpdate, t)}</p>}
        <div>
          <button type="button" class="button button-secondary" onClick={update} disabled={state.syncing}>
            {state.syncing ? t('settings.updating') : t('settings.updateNow')}
          </button>
        </div>
        <p role="status" data-testid="sync-message">
          {message}
        </p>
      </section>

      <ChildrenData />

      <ClearMyData />
    </section>
  );
}
