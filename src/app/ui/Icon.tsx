import type { IconShape } from './icons/shape';

/** One icon of the set in `icons.ts`, inline, hidden from screen readers (its button or link carries the words). */
export function Icon({ shape, size = 24 }: { shape: IconShape; size?: number }) {
  return (
    <svg
      class={shape.directional ? 'icon icon-directional' : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={shape.d} fill="currentColor" />
    </svg>
  );
}
