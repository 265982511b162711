/// <reference lib="WebWorker" />
/**
 * The service worker entry: serves the installed app shell offline (see app-shell.ts).
 * An emergency build (`VITE_KILL_SWITCH=1 npm run build`) uses kill/sw.ts instead (see kill-switch.ts).
 */
import { serveAppShell } from './app-shell';

declare const self: ServiceWorkerGlobalScope;

serveAppShell(self, self.__WB_MANIFEST);
