/**
 * "Schnell verlassen": a parent looking up help against violence may have to hide the app at once.
 *
 * 1. In the same frame the whole page is blanked (nothing of the app stays on screen), the tab's title
 *    is emptied and anything being read aloud stops.
 * 2. Where the browser has the Navigation API, the app goes back to the first of its own entries in
 *    this tab's history (entries() lists only this site's run of entries), opens the start address
 *    from there, which drops every later entry (the pages about violence or crisis), and steps back.
 * 3. That first entry is replaced with an empty page (about:blank). It needs no network and opens no
 *    other site: the family never gets a site they did not choose.
 *
 * Afterwards "Zurück" leads to whatever the family had open before the app; "Vorwärts" at most to
 * the app's start page. The browser's own history list (chrome://history) keeps the visited
 * addresses: the app cannot delete it, the README says how to avoid it (a private tab).
 *
 * Going back may cross into another page load (after a reload on the way): a note in sessionStorage
 * makes the page that comes up finish the exit at once (finishQuickExit, at start-up).
 */
const PENDING = 'bff.quickExit';
const EXIT_TARGET = 'about:blank';

function blankNow(): void {
  document.documentElement.classList.add('quick-exit');
  document.title = '';
  try {
    speechSynthesis.cancel();
  } catch {
    // No speech synthesis: nothing is being read aloud.
  }
}

function setPending(on: boolean): void {
  try {
    if (on) sessionStorage.setItem(PENDING, '1');
    else sessionStorage.removeItem(PENDING);
  } catch {
    // Without sessionStorage only an exit within this page load can finish; it still blanks the page.
  }
}

function takePending(): boolean {
  try {
    const pending = sessionStorage.getItem(PENDING) !== null;
    sessionStorage.removeItem(PENDING);
    return pending;
  } catch {
    return false;
  }
}

function waitForPopstate(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('popstate', done);
      clearTimeout(timer);
      resolve();
    };
    // A browser that never reports the step must not keep the page from leaving.
    const timer = setTimeout(done, 500);
    window.addEventListener('popstate', done);
  });
}

export async function quickExit(): Promise<void> {
  blankNow();
  const api = typeof navigation === 'undefined' ? undefined : navigation;
  const first = api?.entries()[0];
  const current = api?.currentEntry;
  if (api && first && current) {
    setPending(true);
    try {
      if (current.index > first.index) await api.traverseTo(first.key).finished;
      // Opening an address drops every entry after this one; stepping back leaves only the start page ahead.
      history.pushState(null, '', '/');
      const back = waitForPopstate();
      history.back();
      await back;
    } catch {
      // Could not step through the history: at least the current entry is replaced below.
    }
    setPending(false);
  }
  location.replace(EXIT_TARGET);
}

/** At start-up: an exit that crossed into this page load (see above) goes on without showing anything. */
export function finishQuickExit(): void {
  if (takePending()) {
    blankNow();
    location.replace(EXIT_TARGET);
  }
  // A page the browser restores from its cache after an exit shows the start page afresh, never the blank one.
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && document.documentElement.classList.contains('quick-exit')) location.replace('/');
  });
}
