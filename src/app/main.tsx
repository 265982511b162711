import './pwa/boot';
import './data/boot';
import { render } from 'preact';
import { App } from './App';
import { initI18n } from './i18n';
import './styles.css';

async function start(): Promise<void> {
  await initI18n();
  render(<App />, document.getElementById('app')!);
}

void start();
