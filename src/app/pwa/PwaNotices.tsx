/**
 * The two PWA notices: "Neue Version verfügbar" (update on request, never a surprise reload) and, once
 * after the first install, "Die App funktioniert jetzt auch ohne Internet." Both can be closed.
 * The container is always in the page so screen readers announce new text (role="status");
 * focus is never moved.
 */
import { useEffect } from 'preact/hooks';
import { useT } from '../i18n';
import { visibleNotice } from './notice-state';
import { applyUpdate, dispatchPwa, usePwaState } from './pwa-store';
import { startServiceWorker } from './start';
import './pwa.css';

export function PwaNotices() {
  const t = useT();
  const state = usePwaState();
  useEffect(() => {
    // Normally already started by ./boot; starting twice is harmless.
    startServiceWorker();
  }, []);

  const notice = visibleNotice(state);
  return (
    <div class="pwa-notices" role="status">
      {notice === 'update' && (
        <div class="pwa-notice">
          <p>{state.updating ? t('pwa.updating') : t('pwa.updateAvailable')}</p>
          <div class="pwa-notice-actions">
            <button type="button" class="pwa-primary" onClick={applyUpdate} disabled={state.updating}>
              {t('pwa.updateNow')}
            </button>
            <button type="button" onClick={() => dispatchPwa({ type: 'dismiss-update' })} disabled={state.updating}>
              {t('pwa.updateLater')}
            </button>
          </div>
        </div>
      )}
      {notice === 'offline-ready' && (
        <div class="pwa-notice">
          <p>{t('pwa.offlineReady')}</p>
          <div class="pwa-notice-actions">
            <button type="button" onClick={() => dispatchPwa({ type: 'dismiss-offline' })}>
              {t('pwa.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
