/**
 * Every screen but the start screen, each loaded on demand as its own chunk (the service worker
 * precaches them all for offline use), and a way to fetch one before it is needed.
 */
import type { ComponentType } from 'preact';
import { lazy } from 'preact-iso';
import { EmergencyFallback } from './pwa/EmergencyFallback';
import { StaleScreen } from './pwa/StaleScreen';

/**
 * A lazy screen whose chunk may be gone (this tab runs an older version than the service worker
 * now serves): a failed import shows `fallback` instead of an empty page; StaleScreen reloads into
 * the new version when it is shown (not when the chunk was only fetched ahead).
 */
function screen<P>(load: () => Promise<ComponentType<P>>, fallback: ComponentType<P> = StaleScreen) {
  return lazy(() =>
    load().catch((error: unknown) => {
      console.warn('A screen of this version could not be loaded', error);
      return fallback;
    }),
  );
}

// The emergency numbers never depend on a chunk: without it, the main bundle shows them.
export const EmergencyScreen = screen(
  () => import('./screens/EmergencyScreen').then((m) => m.EmergencyScreen),
  EmergencyFallback,
);
export const LanguageScreen = screen(() => import('./screens/LanguageScreen').then((m) => m.LanguageScreen));
export const SavedScreen = screen(() => import('./screens/SavedScreen').then((m) => m.SavedScreen));
export const SettingsScreen = screen(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));
export const QuestionScreen = screen(() => import('./guide/QuestionScreen').then((m) => m.QuestionScreen));
export const ResultsScreen = screen(() => import('./guide/ResultsScreen').then((m) => m.ResultsScreen));
export const DetailScreen = screen(() => import('./results/DetailScreen').then((m) => m.DetailScreen));
export const SearchScreen = screen(() => import('./search/SearchScreen').then((m) => m.SearchScreen));
export const TopicsScreen = screen(() => import('./search/TopicsScreen').then((m) => m.TopicsScreen));
export const TopicScreen = screen(() => import('./search/TopicScreen').then((m) => m.TopicScreen));
export const ImprintScreen = screen(() => import('./legal/ImprintScreen').then((m) => m.ImprintScreen));
export const PrivacyScreen = screen(() => import('./legal/PrivacyScreen').then((m) => m.PrivacyScreen));
export const AccessibilityScreen = screen(() =>
  import('./legal/AccessibilityScreen').then((m) => m.AccessibilityScreen),
);
export const VisitScreen = screen(() => import('./visit/VisitScreen').then((m) => m.VisitScreen));
export const ShareScreen = screen(() => import('./visit/ShareScreen').then((m) => m.ShareScreen));
export const HandoutScreen = screen(() => import('./visit/HandoutScreen').then((m) => m.HandoutScreen));
export const ContactsScreen = screen(() => import('./visit/ContactsScreen').then((m) => m.ContactsScreen));
export const TimelineScreen = screen(() => import('./timeline/TimelineScreen').then((m) => m.TimelineScreen));
export const NotFoundScreen = screen(() => import('./screens/NotFoundScreen').then((m) => m.NotFoundScreen));

/**
 * Screens worth fetching before they are shown: the one a cold start on a deep link opens, and the
 * results while the family is still answering questions.
 */
const EARLY_SCREENS: [prefix: string, screen: { preload: () => Promise<unknown> }][] = [
  ['/fragen/', QuestionScreen],
  ['/ergebnisse', ResultsScreen],
  ['/notfall', EmergencyScreen],
  ['/angebot/', DetailScreen],
  ['/merkliste', SavedScreen],
  ['/suche', SearchScreen],
  ['/kontakte', ContactsScreen],
];

/** Starts fetching (and evaluating) the screen for `path` now instead of when the router first renders it. */
export function preloadScreen(path: string): Promise<unknown> {
  const early = EARLY_SCREENS.find(([prefix]) => path.startsWith(prefix));
  return early?.[1].preload().catch(() => undefined) ?? Promise.resolve();
}
