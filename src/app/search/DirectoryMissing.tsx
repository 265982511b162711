import { Icon } from '../ui/Icon';
import { useT } from '../i18n';
import { noDirectoryComing, type DirectoryState } from '../data/directory-state';
import { downloadStalled, StalledDownload } from '../ui/StalledDownload';

/**
 * While the phone's copy is read (a moment), or when there is none yet (first start without
 * network): say so plainly, and keep the emergency numbers one tap away (they ship with the app).
 */
export function DirectoryMissing({ state }: { state: DirectoryState }) {
  const t = useT();
  if (!noDirectoryComing(state)) return <p aria-busy="true">{t('search.loading')}</p>;
  return (
    <div class="stack">
      {downloadStalled(state) ? <StalledDownload state={state} /> : <p>{t('search.noData')}</p>}
      <a class="card-link urgent" href="/notfall">
        <Icon name="phone" />
        <span>
          <strong>{t('search.nothing.emergency')}</strong>
          <span class="card-link-hint">{t('search.nothing.emergencyHint')}</span>
        </span>
      </a>
    </div>
  );
}
