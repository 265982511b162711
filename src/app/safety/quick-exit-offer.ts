/**
 * Which screens offer "Schnell verlassen": those that lead to help against violence, for child
 * protection and in a crisis. Known from the address (the emergency numbers, the topic
 * "Krise, Gewalt und Kinderschutz" as a topic page or among the guide's or the search's answers);
 * a screen whose content decides (a contact's detail page) says so with useOfferQuickExit.
 */
import { useEffect } from 'preact/hooks';
import { createStore, useStore } from '../state/store';

/** The taxonomy's topic for crisis, violence and child protection (src/domain/taxonomy.json). */
export const PROTECTION_TOPIC = 'child-protection';

export function addressOffersQuickExit(path: string, search: string): boolean {
  if (path === '/notfall' || path === `/themen/${PROTECTION_TOPIC}`) return true;
  for (const value of new URLSearchParams(search).values()) {
    if (value.split(',').some((part) => part.trim() === PROTECTION_TOPIC)) return true;
  }
  return false;
}

/** How many screens shown at the moment ask for the quick exit. */
const askingScreens = createStore(0);

function changeAsking(by: number): void {
  askingScreens.update((count) => count + by);
}

/** A screen that shows help against violence or for protection asks for the quick exit while it is shown. */
export function useOfferQuickExit(offer: boolean): void {
  useEffect(() => {
    if (!offer) return;
    changeAsking(1);
    return () => changeAsking(-1);
  }, [offer]);
}

/** Whether the current screen asked for the quick exit (useOfferQuickExit). */
export function useScreenAsksForQuickExit(): boolean {
  return useStore(askingScreens) > 0;
}
