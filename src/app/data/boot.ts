/**
 * Import once from main.tsx (`import './data/boot';`) so the directory reaches the phone on the
 * first visit without any action: after the page has loaded and the browser is idle, the storage
 * and sync code is fetched and started. Costs the first screen only directory-state.ts.
 */
import { startDirectory } from './directory-state';

function startWhenIdle(): void {
  const later =
    typeof requestIdleCallback === 'function' ? requestIdleCallback : (run: () => void) => setTimeout(run, 200);
  later(() => start(false));
}

function start(services: boolean | 'matches'): void {
  startDirectory({ services }).catch((error: unknown) => console.warn('Directory storage could not start', error));
}

/**
 * The questions, results, search and topic pages rank and list services, and a service's page shows
 * one: the match table is all they read at first (the services of their cards by id). So do the
 * emergency duty, the Merkliste, visit mode and the timeline, for the few services they show.
 */
const RANKING_PAGES =
  /^\/(fragen|ergebnisse|suche|themen|angebot|notfall|merkliste|besuch|weitergeben|kontakte|zeitleiste)(\/|$)/;

// Every screen but the start screen shows directory data: there, reading it from the phone starts at
// once (in parallel with the screen's own code, in the task after the one that asks for the screen's
// chunks: each costs a preload link, and both in one task was the longest task of a cold start); the
// start screen lets the page finish loading first.
if (location.pathname !== '/') setTimeout(() => start(RANKING_PAGES.test(location.pathname) ? 'matches' : false));
else if (document.readyState === 'complete') startWhenIdle();
else addEventListener('load', startWhenIdle, { once: true });
