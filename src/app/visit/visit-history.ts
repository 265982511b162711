/**
 * After "Besuch beenden" the family's pages (their answers and picks are in the addresses) must not
 * stay one tap on "Zurück" away on the professional's phone. Where the browser has the Navigation
 * API, the app goes back to the history entry where the visit began and opens the "ended" page from
 * there: opening a page drops every entry after the current one. Other browsers replace only the
 * current entry, as before.
 *
 * Going back may cross into another page load (after a reload during the visit): then a note in
 * sessionStorage tells the page that comes up to open the "ended" page.
 */
const PENDING = 'bff.visitEnded';
const ENDED_PAGE = /^\/besuch\?beendet=\d+$/;

type Route = (url: string, replace?: boolean) => void;

function navigationApi(): Navigation | undefined {
  return typeof navigation === 'undefined' ? undefined : navigation;
}

function setPending(target: string | undefined): void {
  try {
    if (target) sessionStorage.setItem(PENDING, target);
    else sessionStorage.removeItem(PENDING);
  } catch {
    // Without sessionStorage only a way back within this page load can finish; see leaveVisit.
  }
}

function takePending(): string | undefined {
  try {
    const target = sessionStorage.getItem(PENDING);
    sessionStorage.removeItem(PENDING);
    return target !== null && ENDED_PAGE.test(target) ? target : undefined;
  } catch {
    return undefined;
  }
}

/** Leaves the ended visit's pages behind and shows `target` ("/besuch?beendet=N"). */
export async function leaveVisit(historyKey: string | undefined, target: string, route: Route): Promise<void> {
  const api = navigationApi();
  const current = api?.currentEntry;
  const start = historyKey ? api?.entries().find((entry) => entry.key === historyKey) : undefined;
  if (api && current && start && start.index < current.index) {
    setPending(target);
    try {
      await api.traverseTo(start.key).finished;
      // Still the same page load: open the ended page from here, which drops the family's entries.
      setPending(undefined);
      route(target);
      return;
    } catch {
      setPending(undefined);
    }
  }
  route(target, true);
}

/**
 * At start-up, and when the browser restores a page from its cache: a visit that ended by going back
 * across page loads opens its "ended" page now (as a new entry, so the family's entries are dropped).
 */
export function finishLeavingVisit(): void {
  const target = takePending();
  if (target) history.pushState(null, '', target);
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    const restored = takePending();
    if (restored) location.assign(restored);
  });
}
