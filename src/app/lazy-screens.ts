/**
 * Every screen but the start screen, each loaded on demand as its own chunk (the service worker
 * precaches them all for offline use), and a way to fetch one before it is needed.
 */
import { lazy } from 'preact-iso';

export const EmergencyScreen = lazy(() => import('./screens/EmergencyScreen').then((m) => m.EmergencyScreen));
export const LanguageScreen = lazy(() => import('./screens/LanguageScreen').then((m) => m.LanguageScreen));
export const SavedScreen = lazy(() => import('./screens/SavedScreen').then((m) => m.SavedScreen));
export const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));
export const QuestionScreen = lazy(() => import('./guide/QuestionScreen').then((m) => m.QuestionScreen));
export const ResultsScreen = lazy(() => import('./guide/ResultsScreen').then((m) => m.ResultsScreen));
export const DetailScreen = lazy(() => import('./results/DetailScreen').then((m) => m.DetailScreen));
export const SearchScreen = lazy(() => import('./search/SearchScreen').then((m) => m.SearchScreen));
export const TopicsScreen = lazy(() => import('./search/TopicsScreen').then((m) => m.TopicsScreen));
export const TopicScreen = lazy(() => import('./search/TopicScreen').then((m) => m.TopicScreen));
export const ImprintScreen = lazy(() => import('./legal/ImprintScreen').then((m) => m.ImprintScreen));
export const PrivacyScreen = lazy(() => import('./legal/PrivacyScreen').then((m) => m.PrivacyScreen));
export const AccessibilityScreen = lazy(() => import('./legal/AccessibilityScreen').then((m) => m.AccessibilityScreen));
export const VisitScreen = lazy(() => import('./visit/VisitScreen').then((m) => m.VisitScreen));
export const ShareScreen = lazy(() => import('./visit/ShareScreen').then((m) => m.ShareScreen));
export const HandoutScreen = lazy(() => import('./visit/HandoutScreen').then((m) => m.HandoutScreen));
export const ContactsScreen = lazy(() => import('./visit/ContactsScreen').then((m) => m.ContactsScreen));
export const NotFoundScreen = lazy(() => import('./screens/NotFoundScreen').then((m) => m.NotFoundScreen));

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
