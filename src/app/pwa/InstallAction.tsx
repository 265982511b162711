/**
 * "App installieren": a button when the browser offers installation (beforeinstallprompt), or on
 * iPhone/iPad Safari three short steps for "Zum Home-Bildschirm". Renders nothing otherwise.
 */
import { useT } from '../i18n';
import { isStandalone, promptInstall, useHasInstallPrompt } from './install-capture';
import { installMode, type InstallMode } from './install-state';
import './pwa.css';

function currentMode(hasInstallPrompt: boolean): InstallMode {
  return installMode({
    hasInstallPrompt,
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: isStandalone(),
  });
}

export function InstallAction() {
  const t = useT();
  const mode = currentMode(useHasInstallPrompt());

  if (mode === 'prompt') {
    return (
      <button type="button" class="pwa-install" onClick={() => void promptInstall()}>
        {t('pwa.install')}
      </button>
    );
  }
  if (mode === 'ios-guide') {
    return (
      <details class="pwa-ios-guide">
        <summary>{t('pwa.iosGuideTitle')}</summary>
        <ol>
          <li>{t('pwa.iosStep1')}</li>
          <li>{t('pwa.iosStep2')}</li>
          <li>{t('pwa.iosStep3')}</li>
        </ol>
      </details>
    );
  }
  return null;
}
