import { noDirectoryComing, type DirectoryState } from '../data/directory-state';
import { ScreenTitle } from './ScreenTitle';
import { Icon } from './Icon';
import { useT } from '../i18n';
import { downloadStalled, StalledDownload } from './StalledDownload';

/**
 * What a screen that needs the directory shows before it has one: "loading" while the phone's copy is
 * read, and on a first visit without network a clear message with the way to the emergency numbers
 * (they ship with the app, so that screen always works).
 */
export function DirectoryGate({ state, title }: { state: DirectoryState; title: string }) {
  const t = useT();
  const empty = noDirectoryComing(state);
  return (
    <section class="stack">
      <ScreenTitle title={title}>{title}</ScreenTitle>
      <p role="status">{empty ? t('results.noDirectory') : t('results.loading')}</p>
      {empty && (
        <>
          {downloadStalled(state) ? <StalledDownload state={state} /> : <p>{t('results.noDirectoryHint')}</p>}
          <a class="card-link urgent" href="/notfall">
            <Icon name="phone" />
            <span>
              <strong>{t('results.emergencyLink')}</strong>
              <span class="card-link-hint">{t('results.emergencyHint')}</span>
            </span>
          </a>
        </>
      )}
    </section>
  );
}
