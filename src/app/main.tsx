import './pwa/boot';
import './data/boot';
import { render } from 'preact';
import { App } from './App';
import { preloadScreen } from './lazy-screens';
import { initI18n } from './i18n';
import './styles.css';

async function start(): Promise<void> {
  preloadScreen(location.pathname);
  await initI18n();
  render(<App />, document.getElementById('app')!);
}

void start();
