/**
 * Starts the service worker registration after the page has loaded, in production builds only.
 * workbox-window and the registration code are loaded on demand here, so they are not part of the
 * first screen's JavaScript and do not compete with it for a slow connection.
 */
let started = false;

export function startServiceWorker(): void {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const register = () => {
    import('./register')
      .then((m) => m.registerServiceWorker())
      .catch((error: unknown) => console.warn('Service worker registration failed', error));
  };
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
