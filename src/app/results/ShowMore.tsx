import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n';
import { CARDS_PER_BATCH, type ProgressiveList } from './progressive';

/**
 * Below a list that is not complete yet: how many of how many are shown, and "Weitere anzeigen" (for
 * keyboards, screen readers and browsers without IntersectionObserver). Pressing it moves the focus
 * to the first new card, so the keyboard continues where the reading stopped. The sentinel under it
 * adds cards by itself as the family scrolls near the end.
 */
export function ShowMore({
  progressive,
  total,
  rendered = progressive.shown,
}: {
  progressive: ProgressiveList;
  total: number;
  /** Cards in the page (they may follow `shown` once their services have been read). */
  rendered?: number;
}) {
  const t = useT();
  const { shown, more, sentinel } = progressive;
  const wrapper = useRef<HTMLDivElement>(null);
  const focusFrom = useRef<number | undefined>(undefined);

  useEffect(() => {
    const index = focusFrom.current;
    if (index === undefined || rendered <= index) return;
    focusFrom.current = undefined;
    const cards = wrapper.current?.parentElement?.querySelectorAll<HTMLElement>('.result-card .card-title a');
    cards?.[index]?.focus();
  }, [rendered]);

  if (shown >= total) return null;
  const next = Math.min(CARDS_PER_BATCH, total - shown);
  return (
    <div class="show-more" ref={wrapper}>
      <div class="show-more-sentinel" ref={sentinel} aria-hidden="true" />
      <p class="note">{t('scale.shownOf', { shown: Math.min(shown, rendered), total })}</p>
      <button
        type="button"
        class="button"
        onClick={() => {
          focusFrom.current = shown;
          more();
        }}
      >
        {t('scale.showMore', { number: next })}
      </button>
    </div>
  );
}
