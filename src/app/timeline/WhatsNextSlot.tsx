import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The start screen's place for the timeline: "Was steht an?" for saved children, else the way to
 * the timeline. Nothing of the timeline is in the main bundle: its chunk loads after the first
 * paint (effects run after it) and reads the saved children then. Kept this small on purpose.
 */
export function WhatsNextSlot() {
  const [Card, setCard] = useState<ComponentType | undefined>(undefined);
  useEffect(() => {
    import('./TimelineScreen').then(
      (m) => setCard(() => m.WhatsNext),
      () => undefined,
    );
  }, []);
  return Card ? <Card /> : null;
}
