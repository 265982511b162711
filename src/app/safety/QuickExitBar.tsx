import { useEffect } from 'preact/hooks';
import { useT } from '../i18n';
import { quickExit } from './quick-exit';
import './safety.css';

/** Escape pressed this many times within EXIT_KEYS_MS also leaves (for keyboard users; the button says so). */
const EXIT_KEYS = 3;
const EXIT_KEYS_MS = 1500;

/** The bar itself: one tap (or Escape three times) blanks the screen and leaves (quick-exit.ts). */
export function QuickExitBar() {
  const t = useT();
  useEffect(() => {
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      presses = [...presses.filter((at) => now - at < EXIT_KEYS_MS), now];
      if (presses.length >= EXIT_KEYS) void quickExit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <div class="quick-exit-bar">
      <button
        type="button"
        class="quick-exit-button"
        aria-describedby="quick-exit-hint"
        onClick={() => void quickExit()}
      >
        <svg class="icon" width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
        </svg>
        <span>{t('frame.quickExit')}</span>
      </button>
      <span id="quick-exit-hint" class="quick-exit-hint narrow-hidden">
        {t('frame.quickExitHint')}
      </span>
    </div>
  );
}
