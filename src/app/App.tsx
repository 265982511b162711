import { ErrorBoundary, LocationProvider, Route, Router, lazy } from 'preact-iso';
import { Header } from './components/Header';
import { Footer } from './components/Footer';
import { HomeScreen } from './screens/HomeScreen';
import { PwaNotices } from './pwa/PwaNotices';
import { DirectoryNotices } from './data/DirectoryNotices';

// Every screen but the first loads on demand; the service worker precaches them all for offline use.
const EmergencyScreen = lazy(() => import('./screens/EmergencyScreen').then((m) => m.EmergencyScreen));
const LanguageScreen = lazy(() => import('./screens/LanguageScreen').then((m) => m.LanguageScreen));
const SavedScreen = lazy(() => import('./screens/SavedScreen').then((m) => m.SavedScreen));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen').then((m) => m.SettingsScreen));
const QuestionScreen = lazy(() => import('./guide/QuestionScreen').then((m) => m.QuestionScreen));
const ResultsScreen = lazy(() => import('./guide/ResultsScreen').then((m) => m.ResultsScreen));
const DetailScreen = lazy(() => import('./results/DetailScreen').then((m) => m.DetailScreen));
const SearchScreen = lazy(() => import('./search/SearchScreen').then((m) => m.SearchScreen));
const TopicsScreen = lazy(() => import('./search/TopicsScreen').then((m) => m.TopicsScreen));
const TopicScreen = lazy(() => import('./search/TopicScreen').then((m) => m.TopicScreen));
const ImprintScreen = lazy(() => import('./legal/ImprintScreen').then((m) => m.ImprintScreen));
const PrivacyScreen = lazy(() => import('./legal/PrivacyScreen').then((m) => m.PrivacyScreen));
const AccessibilityScreen = lazy(() => import('./legal/AccessibilityScreen').then((m) => m.AccessibilityScreen));
const VisitScreen = lazy(() => import('./visit/VisitScreen').then((m) => m.VisitScreen));
const ShareScreen = lazy(() => import('./visit/ShareScreen').then((m) => m.ShareScreen));
const HandoutScreen = lazy(() => import('./visit/HandoutScreen').then((m) => m.HandoutScreen));
const ContactsScreen = lazy(() => import('./visit/ContactsScreen').then((m) => m.ContactsScreen));
const NotFoundScreen = lazy(() => import('./screens/NotFoundScreen').then((m) => m.NotFoundScreen));

/** The screens worth fetching before the first render, when the app starts right on them (a cold start on a deep link). */
const EARLY_SCREENS: [prefix: string, screen: { preload: () => Promise<unknown> }][] = [
  ['/fragen/', QuestionScreen],
  ['/ergebnisse', ResultsScreen],
  ['/notfall', EmergencyScreen],
  ['/angebot/', DetailScreen],
  ['/merkliste', SavedScreen],
  ['/suche', SearchScreen],
  ['/kontakte', ContactsScreen],
];

/** Starts fetching the screen for `path` now instead of when the router first renders it. */
export function preloadScreen(path: string): void {
  const early = EARLY_SCREENS.find(([prefix]) => path.startsWith(prefix));
  early?.[1].preload().catch(() => undefined);
}

export function App() {
  return (
    <LocationProvider>
      <Header />
      {/* Notices float at the bottom of the screen, so appearing never pushes the page down. */}
      <div class="notice-dock">
        <PwaNotices />
        <DirectoryNotices />
      </div>
      <main id="main" class="screen">
        <ErrorBoundary>
          <Router>
            <Route path="/" component={HomeScreen} />
            <Route path="/notfall" component={EmergencyScreen} />
            <Route path="/sprache" component={LanguageScreen} />
            <Route path="/merkliste" component={SavedScreen} />
            <Route path="/einstellungen" component={SettingsScreen} />
            <Route path="/fragen/:step" component={QuestionScreen} />
            <Route path="/ergebnisse" component={ResultsScreen} />
            <Route path="/angebot/:id" component={DetailScreen} />
            <Route path="/suche" component={SearchScreen} />
            <Route path="/themen" component={TopicsScreen} />
            <Route path="/themen/:topic" component={TopicScreen} />
            <Route path="/impressum" component={ImprintScreen} />
            <Route path="/datenschutz" component={PrivacyScreen} />
            <Route path="/barrierefreiheit" component={AccessibilityScreen} />
            <Route path="/besuch" component={VisitScreen} />
            <Route path="/weitergeben" component={ShareScreen} />
            <Route path="/weitergeben/drucken" component={HandoutScreen} />
            <Route path="/kontakte" component={ContactsScreen} />
            <Route default component={NotFoundScreen} />
          </Router>
        </ErrorBoundary>
      </main>
      <Footer />
    </LocationProvider>
  );
}
