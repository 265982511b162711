/**
 * The notices' place: the last thing on the page, floating at the bottom of the screen while the
 * page is longer (position: sticky, styles.css). So a notice that appears never moves what is above
 * it, and scrolling to the end always uncovers everything, because the bar then sits in its own room.
 * Its height goes to `--notice-dock-size` on <html>: the page keeps its full screen height besides
 * the bar (the footer stays put), and scrolling a button into view (focus, links) stops above the bar.
 * With very large text the bar stops at 60 % of the screen and scrolls inside; it then takes keyboard
 * focus, so its words can be scrolled to without a finger.
 */
import { useEffect, useRef } from 'preact/hooks';
import { PwaNotices } from '../pwa/PwaNotices';
import { DirectoryNotices } from './DirectoryNotices';

const SIZE = '--notice-dock-size';

export function NoticeDock() {
  const dock = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = dock.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    const root = document.documentElement.style;
    // Called after layout and before paint, so the page is measured again before anyone sees it.
    // Set only when the height changed: a property on <html> makes the browser work out the whole
    // page's styles and layout again (an empty dock's 0 px is the styles' default), 30–50 ms of a
    // cold start's first frame with a 4× slower CPU.
    let shown = 0;
    const observer = new ResizeObserver(() => {
      const height = element.offsetHeight;
      if (height !== shown) {
        shown = height;
        root.setProperty(SIZE, `${height}px`);
      }
      if (element.scrollHeight > element.clientHeight + 1) element.tabIndex = 0;
      else element.removeAttribute('tabindex');
    });
    // The notices' own boxes too: their words can grow while the bar stays at its largest height.
    for (const box of [element, ...element.children]) observer.observe(box);
    return () => {
      observer.disconnect();
      root.removeProperty(SIZE);
    };
  }, []);
  return (
    <div class="notice-dock" ref={dock}>
      <PwaNotices />
      <DirectoryNotices />
    </div>
  );
}
