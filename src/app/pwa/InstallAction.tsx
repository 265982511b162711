/**
 * "App installieren": a button when the browser offers installation (beforeinstallprompt), or on
 * iPhone/iPad Safari three short steps for "Zum Home-Bildschirm". Renders nothing otherwise.
 */
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n';
import { hasInstallPrompt, isStandalone, onInstallPromptChange, promptInstall } from './install-capture';
import { installMode, type InstallMode } from './install-state';
import './pwa.css';

function currentMode(): InstallMode {
  return installMode({
    hasInstallPrompt: hasInstallPrompt(),
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints,
    standalone: isStandalone(),
  });
}

export function InstallAction() {
  const t = useT();
  const [mode, setMode] = useState<InstallMode>(currentMode);
  useEffect(() => onInstallPromptChange(() => setMode(currentMode())), []);

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
