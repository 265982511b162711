import './pwa/boot';
import './data/boot';
import { render } from 'preact';
import { App } from './App';
import { preloadScreen } from './lazy-screens';
import { getDirectoryState, updateDirectoryState, whenGuideKnown } from './data/directory-state';
import { guideFromPage } from './first-question/page-guide';
import { initI18n } from './i18n';
import { finishLeavingVisit } from './visit/visit-history';
import { finishQuickExit } from './safety/quick-exit';
import './styles.css';

async function start(): Promise<void> {
  finishQuickExit();
  finishLeavingVisit();
  const root = document.getElementById('app')!;
  const screen = preloadScreen(location.pathname);
  await initI18n();
  // A ready page (the guide's first question, built with the app) stays as it is until the app can
  // show the same screen, with its code and the guide at hand; then the app takes it over in place.
  if (root.dataset.prerendered === location.pathname) {
    const guide = guideFromPage();
    if (guide && getDirectoryState().guide === undefined) updateDirectoryState({ guide });
    await Promise.all([screen, whenGuideKnown(3000)]);
  }
  render(<App />, root);
  document.documentElement.classList.remove('prerender-hidden');
  root.dataset.takenOver = 'true';
  replayEarlyTap(root);
}

/**
 * An answer tapped on the ready page before the app had taken it over (noted by
 * public/prerender-check.js) is tapped again now, so the family's tap is not lost.
 */
function replayEarlyTap(root: HTMLElement): void {
  const words = root.dataset.earlyTap;
  if (words === undefined) return;
  delete root.dataset.earlyTap;
  for (const button of root.querySelectorAll('main button')) button.removeAttribute('aria-busy');
  const again = [...root.querySelectorAll<HTMLButtonElement>('main button')].find(
    (button) => (button.textContent ?? '').trim() === words,
  );
  again?.click();
}

void start();
