/**
 * PWA start-up, imported once as the first line of src/app/main.tsx (`import './pwa/boot';`):
 * catches `beforeinstallprompt` before the app renders, and registers the service worker after the
 * page has loaded (production builds only). Both are tiny here; workbox-window loads later, on demand.
 */
import './install-capture';
import { startServiceWorker } from './start';

startServiceWorker();
