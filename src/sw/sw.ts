/// <reference lib="WebWorker" />
/**
 * The service worker entry. A normal build serves the installed app shell offline (app-shell.ts);
 * an emergency build made with VITE_KILL_SWITCH=1 instead retires the worker and its caches (kill-switch.ts).
 * The switch is a build-time constant, so the unused half is dropped from the bundle.
 */
import { serveAppShell } from './app-shell';
import { retireWorker } from './kill-switch';

declare const self: ServiceWorkerGlobalScope;

if (import.meta.env.VITE_KILL_SWITCH === '1') {
  retireWorker(self);
} else {
  serveAppShell(self, self.__WB_MANIFEST);
}
