import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { addressOffersQuickExit, useScreenAsksForQuickExit } from './quick-exit-offer';

/**
 * The header's "Schnell verlassen" bar on screens about violence, protection and crisis help. Only
 * this check is part of the first screen; the bar's code loads (from the precache, offline too) when a
 * screen first offers it.
 */
export function QuickExit() {
  const { path, query } = useLocation();
  const asked = useScreenAsksForQuickExit();
  const search = new URLSearchParams(query as Record<string, string>).toString();
  const offered = asked || addressOffersQuickExit(path, search);
  const Bar = useQuickExitBar(offered);
  return offered && Bar ? <Bar /> : null;
}

let loaded: ComponentType | undefined;

function useQuickExitBar(wanted: boolean): ComponentType | undefined {
  const [bar, setBar] = useState(() => loaded);
  useEffect(() => {
    if (!wanted || bar) return;
    let current = true;
    import('./QuickExitBar').then(
      (m) => {
        loaded = m.QuickExitBar;
        if (current) setBar(() => m.QuickExitBar);
      },
      () => undefined, // chunk gone (a tab left on an old version): the emergency screen still works without the bar
    );
    return () => {
      current = false;
    };
  }, [wanted, bar]);
  return bar;
}
