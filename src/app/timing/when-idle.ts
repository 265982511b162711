/**
 * Runs `task` when the browser has nothing else to do (at the latest after `timeout` ms), or after
 * `fallback` ms in a browser without idle callbacks. For work a screen will want soon but its first
 * paint should not wait for.
 */
export function whenIdle(task: () => void, timeout = 5000, fallback = 200): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout });
  else setTimeout(task, fallback);
}
