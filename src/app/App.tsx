import { ErrorBoundary, LocationProvider, Route, Router } from 'preact-iso';
import { Header } from './frame/Header';
import { Footer } from './frame/Footer';
import { HomeScreen } from './screens/HomeScreen';
import { NoticeDock } from './frame/NoticeDock';
import {
  AccessibilityScreen,
  ContactsScreen,
  DetailScreen,
  EmergencyScreen,
  HandoutScreen,
  ImprintScreen,
  LanguageScreen,
  NotFoundScreen,
  PrivacyScreen,
  QuestionScreen,
  ResultsScreen,
  SavedScreen,
  SearchScreen,
  SettingsScreen,
  ShareScreen,
  TopicScreen,
  TimelineScreen,
  TopicsScreen,
  VisitScreen,
} from './lazy-screens';

export function App() {
  return (
    <LocationProvider>
      <Header />
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
            <Route path="/zeitleiste" component={TimelineScreen} />
            <Route default component={NotFoundScreen} />
          </Router>
        </ErrorBoundary>
      </main>
      <Footer />
      {/* Last on the page: notices float at the bottom of the screen and never push the page down. */}
      <NoticeDock />
    </LocationProvider>
  );
}
