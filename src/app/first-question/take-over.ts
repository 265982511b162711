/**
 * The app's side of the ready first-question page: it stays as it is until the app can show the same screen,
 * with its code and the guide at hand; then the app renders over it in place, shows it (when the check script
 * hid it for another language) and taps again an answer tapped meanwhile, so the family's tap is not lost.
 */
import { EARLY_TAP, HIDDEN_CLASS, PRERENDERED, TAKEN_OVER } from '../../domain/guide/first-question-page';
import { getDirectoryState, updateDirectoryState, whenGuideKnown } from '../data/directory-state';
import { guideFromPage } from './page-guide';

/** Resolves when the app may render over the page (at once when this start has no ready page). */
export async function readyToTakeOver(root: HTMLElement, screen: Promise<unknown>): Promise<void> {
  if (root.getAttribute(PRERENDERED) !== location.pathname) return;
  const guide = guideFromPage();
  if (guide && getDirectoryState().guide === undefined) updateDirectoryState({ guide });
  await Promise.all([screen, whenGuideKnown(3000)]);
}

/** After the app's first render: the page is the app's now. */
export function tookOver(root: HTMLElement): void {
  document.documentElement.classList.remove(HIDDEN_CLASS);
  root.setAttribute(TAKEN_OVER, 'true');
  replayEarlyTap(root);
}

function replayEarlyTap(root: HTMLElement): void {
  const words = root.getAttribute(EARLY_TAP);
  if (words === null) return;
  root.removeAttribute(EARLY_TAP);
  for (const button of root.querySelectorAll('main button')) button.removeAttribute('aria-busy');
  const again = [...root.querySelectorAll<HTMLButtonElement>('main button')].find(
    (button) => (button.textContent ?? '').trim() === words,
  );
  again?.click();
}
