/**
 * Runs before the first paint of the ready first-question page (dist/fragen/1.html loads it async with
 * blocking="render"). The page is in German: when this visit will show another language (a ?lang= link or the
 * remembered choice, see src/app/i18n/language-choice.ts), the page stays hidden until the app shows it in that
 * language. On a slow phone the page can be tapped before the app has taken it over: the answer tapped last is
 * noted on #app and take-over.ts taps it again once the app runs.
 *
 * The build writes it as dist/prerender-check.js, `(pageCheck)(PAGE_KEYS)` (src/tools/vite-plugin-prerender.ts):
 * a plain script, so it uses nothing from outside its own body, only the names it is given.
 */
import type { PageKeys } from '../../domain/guide/first-question-page';

export function pageCheck(keys: PageKeys): void {
  let wanted: string | null = null;
  try {
    wanted = new URLSearchParams(location.search).get('lang') || localStorage.getItem(keys.languageKey);
  } catch {
    // storage blocked: the app decides
  }
  // Loaded async: should the app have taken the page over already, it shows the right language.
  const app = document.getElementById('app');
  const takenOver = app !== null && app.hasAttribute(keys.takenOver);
  if (wanted && wanted !== 'de' && !takenOver) document.documentElement.classList.add(keys.hiddenClass);

  document.addEventListener(
    'click',
    (event) => {
      const root = document.getElementById('app');
      if (!root || root.hasAttribute(keys.takenOver)) return;
      const button = event.target instanceof Element ? event.target.closest('main button') : null;
      if (!button || !root.contains(button)) return;
      root.setAttribute(keys.earlyTap, (button.textContent || '').trim());
      button.setAttribute('aria-busy', 'true');
    },
    true,
  );
}
