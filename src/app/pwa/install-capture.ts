/**
 * Catches `beforeinstallprompt` as early as possible: Chrome may fire it before the app has rendered.
 * Import this module at start-up (first line of src/app/main.tsx). The event is kept for the
 * "App installieren" button; preventDefault() keeps Chrome's own mini-infobar from covering the app.
 */
import { createStore, useStore } from '../state/store';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const deferredPrompt = createStore<BeforeInstallPromptEvent | null>(null);

if (typeof window !== 'undefined') {
  addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    deferredPrompt.set(event as BeforeInstallPromptEvent);
  });
  addEventListener('appinstalled', () => {
    deferredPrompt.set(null);
  });
}

/** Whether the browser offers installation, re-rendering when that changes. */
export function useHasInstallPrompt(): boolean {
  return useStore(deferredPrompt) !== null;
}

/** Shows the browser's install dialog. The event can be used only once, so it is dropped afterwards. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferredPrompt.get();
  if (!event) return 'unavailable';
  deferredPrompt.set(null);
  await event.prompt();
  return (await event.userChoice).outcome;
}

export function isStandalone(): boolean {
  return (
    matchMedia('(display-mode: standalone)').matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true
  );
}
