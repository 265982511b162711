import { useT } from '../i18n';

/** Links that every screen offers at its end. */
export function Footer() {
  const t = useT();
  return (
    <footer class="app-footer">
      <nav aria-label={t('frame.footerNav')}>
        <ul>
          <li>
            <a href="/">{t('home.title')}</a>
          </li>
          <li>
            <a href="/suche">{t('search.title')}</a>
          </li>
          <li>
            <a href="/themen">{t('browse.title')}</a>
          </li>
          <li>
            <a href="/merkliste">{t('saved.title')}</a>
          </li>
          <li>
            <a href="/notfall">{t('emergency.title')}</a>
          </li>
          <li>
            <a href="/sprache">{t('language.title')}</a>
          </li>
          <li>
            <a href="/einstellungen">{t('settings.title')}</a>
          </li>
          <li>
            <a href="/impressum">{t('legal.links.imprint')}</a>
          </li>
          <li>
            <a href="/datenschutz">{t('legal.links.privacy')}</a>
          </li>
          <li>
            <a href="/barrierefreiheit">{t('legal.links.accessibility')}</a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
