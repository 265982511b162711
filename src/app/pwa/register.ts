/**
 * Registers /sw.js with workbox-window and wires its events into the notice store.
 * "prompt" semantics: a new version waits until the user presses "Jetzt aktualisieren"; only then
 * does the page send SKIP_WAITING and reload once the new worker controls it.
 */
import { Workbox } from 'workbox-window';
import { shouldReloadOnControllerChange } from './notice-state';
import { dispatchPwa, getPwaState, setUpdateHandler } from './pwa-store';

/** How often an open app asks the server for a new sw.js when it comes back to the foreground. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;
/** If the new worker has not taken over by then, reload anyway: the user asked for it. */
const UPDATE_FALLBACK_RELOAD_MS = 4000;

export async function registerServiceWorker(): Promise<void> {
  if (import.meta.env.VITE_KILL_SWITCH === '1') {
    // Emergency build: never register; remove what an earlier version left (see src/sw/kill-switch.ts).
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
    return;
  }

  const wb = new Workbox('/sw.js', { scope: '/' });

  wb.addEventListener('activated', (event) => {
    // isUpdate is false only when no worker controlled this page before: the very first install.
    if (!event.isUpdate) dispatchPwa({ type: 'offline-ready' });
  });
  wb.addEventListener('waiting', () => dispatchPwa({ type: 'update-waiting' }));

  // Listen on the container, not only on workbox-window: another tab may have activated the new worker.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (shouldReloadOnControllerChange(getPwaState())) location.reload();
  });

  setUpdateHandler(() => {
    void navigator.serviceWorker.getRegistration().then((registration) => {
      // Nothing waiting any more means another tab already switched to the new version.
      if (registration?.waiting) wb.messageSkipWaiting();
      else location.reload();
    });
    setTimeout(() => location.reload(), UPDATE_FALLBACK_RELOAD_MS);
  });

  const registration = await wb.register();

  // Phones keep the app open for days: check for a new version when it comes back to the foreground.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    registration?.update().catch(() => undefined);
  });
}
