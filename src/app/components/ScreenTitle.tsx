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
