import { useState } from 'preact/hooks';
import { useT } from '../i18n';
import { syncNow, type DirectoryState } from '../data/directory-state';

/**
 * A first visit whose download stalled (no data on the phone yet): say what happened, in place of
 * "it loads once you have internet" (the family may well be online), and offer to try again now.
 * The app also tries again by itself (runtime.ts) and when the connection comes back.
 */
export function StalledDownload({ state }: { state: DirectoryState }) {
  const t = useT();
  const [trying, setTrying] = useState(false);
  if (!downloadStalled(state)) return null;
  const retry = () => {
    setTrying(true);
    void syncNow()
      .catch(() => undefined)
      .finally(() => setTrying(false));
  };
  return (
    <div class="stack">
      <p>{t('sync.firstStalled')}</p>
      <button type="button" class="button button-secondary" onClick={retry} disabled={trying || state.syncing}>
        {t('sync.retry')}
      </button>
    </div>
  );
}

/** Whether StalledDownload has something to say (then the generic "no directory yet" hint is left out). */
export function downloadStalled(state: DirectoryState): boolean {
  return state.lastOutcome === 'stalled' && state.status !== 'ready';
}
