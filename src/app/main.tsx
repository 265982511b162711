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

/** How long the first render waits for a deep link's screen code. */
const SCREEN_WAIT_MS = 400;

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
  // A deep link's screen is rendered at once, without first a frame with a loading line: rendering that
  // frame had held up the screen's own imports (a chunk asks for its imports only once the main thread is
  // free to read it), 0.1–0.2 s at a cold start with a 4× slower CPU. A screen slower than that still
  // gets the frame first.
  await Promise.race([screen, new Promise((resolve) => setTimeout(resolve, SCREEN_WAIT_MS))]);
  render(<App />, root);
  tookOver(root);
}

void start();
