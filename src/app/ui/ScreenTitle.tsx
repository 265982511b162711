import { useEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/**
 * The screen's heading. After a navigation it takes the focus, so keyboard and screen-reader users
 * land at the top of the new screen instead of somewhere in the old one; it also names the tab.
 */
export function ScreenTitle({ children, title }: { children: preact.ComponentChildren; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Brücken für Familien`;
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}

/**
 * Call before switching to another screen from code. The old screen's focused button is about to be
 * removed, and removing a focused element makes the browser work out the styles of the whole new
 * screen in the middle of building it (14 ms of the results' first frame on a slow phone). Letting go
 * of it first avoids that; the new screen's heading takes the focus once it is painted.
 */
export function releaseFocus(): void {
  const focused = document.activeElement;
  if (focused instanceof HTMLElement && focused !== document.body) focused.blur();
}
