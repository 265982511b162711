/**
 * Import once from main.tsx (`import './data/boot';`) so the directory reaches the phone on the
 * first visit without any action: after the page has loaded and the browser is idle, the storage
 * and sync code is fetched and started. Costs the first screen only directory-state.ts and, for
 * the pages that rank services, the early read of the stored head and match table (early-read.ts).
 */
import { startEarlyRead } from '../../storage/early-read';
import { askAhead } from './search-worker-start';
import { startDirectory } from './directory-state';
import { whenIdle } from '../timing/when-idle';

function startWhenIdle(): void {
  whenIdle(() => start(false), 5000);
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

// A page that ranks or shows services opens the database and reads the head record and the match table right now, from
// this bundle, while the storage code is fetched (the store takes the read over: early-read.ts).
if (RANKING_PAGES.test(location.pathname)) startEarlyRead();
// A search page opened with a query: the search worker starts now, reads the stored index and answers
// the query meanwhile (about the directory stored; the screen checks that it shows the same version).
const startQuery = /^\/suche\/?$/.test(location.pathname) ? new URLSearchParams(location.search).get('q') : null;
if (startQuery?.trim()) {
  try {
    if (typeof Worker === 'function') askAhead(startQuery);
  } catch {
    // No module workers here: the search screen searches on the page (search-in-worker.ts).
  }
}
// Every screen but the start screen shows directory data: there, the storage code starts at once (in
// parallel with the screen's own code, in the task after the one that asks for the screen's chunk);
// the start screen lets the page finish loading first.
if (location.pathname !== '/') setTimeout(() => start(RANKING_PAGES.test(location.pathname) ? 'matches' : false));
else if (document.readyState === 'complete') startWhenIdle();
else addEventListener('load', startWhenIdle, { once: true });
