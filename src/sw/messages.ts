/// <reference lib="WebWorker" />
/** Messages the page sends to the worker (workbox-window's messageSkipWaiting sends { type: 'SKIP_WAITING' }). */

const SKIP_WAITING = 'SKIP_WAITING';

export function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING;
}

export function listenForSkipWaiting(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('message', (event) => {
    if (isSkipWaitingMessage(event.data)) void sw.skipWaiting();
  });
}
