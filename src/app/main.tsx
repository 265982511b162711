import './pwa/boot';
import './data/boot';
import { render } from 'preact';
import { App } from './App';
import { preloadScreen } from './lazy-screens';
import { readyToTakeOver, tookOver } from './first-question/take-over';
import { initI18n } from './i18n';
import { finishLeavingVisit } from './visit/visit-history';
import { finishQuickExit } from './safety/quick-exit';
import './styles.css';

async function start(): Promise<void> {
  finishQuickExit();
  finishLeavingVisit();
  const root = document.getElementById('app')!;
  const screen = preloadScreen(location.pathname);
  // Asking for the screen's chunk and the first render are two tasks, not one (with a preload link per
  // chunk of the screen, both were traced together at 250–350 ms with a 4× slower CPU).
  await new Promise((resolve) => setTimeout(resolve));
  await initI18n();
  // A ready page (the guide's first question, built with the app) stays until the app can show the same screen.
  await readyToTakeOver(root, screen);
  render(<App />, root);
  tookOver(root);
}

void start();
