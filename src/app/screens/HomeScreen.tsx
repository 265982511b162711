import { ScreenTitle } from '../components/ScreenTitle';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';
import { InstallAction } from '../pwa/InstallAction';
import { FirstStartChooser } from '../language/FirstStartChooser';
import { WhatsNextSlot } from '../timeline/WhatsNextSlot';

/** The first screen: what the app does, in a few plain sentences, and the way to urgent help. */
export function HomeScreen() {
  const t = useT();
  return (
    <section aria-labelledby="home-title" class="stack">
      <ScreenTitle title={t('home.title')}>
        <span id="home-title">{t('home.heading')}</span>
      </ScreenTitle>
      {/* The main action right under the heading, never below the fold; the first start's languages follow it. */}
      <div class="stack-small">
        <a class="button" href="/fragen/1" aria-describedby="guide-start-hint">
          <Icon name="check" />
          {t('guide.startAction')}
        </a>
        <p id="guide-start-hint" class="note">
          {t('guide.startHint')}
        </p>
      </div>
      <FirstStartChooser />
      <p class="lead">{t('home.intro')}</p>
      <ul class="plain-list stack-small">
        <li>{t('home.pointFree')}</li>
        <li>{t('home.pointOffline')}</li>
        <li>{t('home.pointPrivate')}</li>
      </ul>
      <a class="card-link" href="/themen">
        <Icon name="list" />
        <span>
          <strong>{t('browse.link')}</strong>
          <span class="card-link-hint">{t('browse.linkHint')}</span>
        </span>
      </a>
      <a class="card-link" href="/suche#suchfeld">
        <Icon name="search" />
        <span>
          <strong>{t('browse.searchLink')}</strong>
          <span class="card-link-hint">{t('browse.searchHint')}</span>
        </span>
      </a>
      {/* The timeline's card ("Was steht an?" or the way to it) loads after the first paint. */}
      <WhatsNextSlot />
      <a class="card-link urgent" href="/notfall">
        <Icon name="phone" />
        <span>
          <strong>{t('home.emergencyLink')}</strong>
          <span class="card-link-hint">{t('home.emergencyHint')}</span>
        </span>
      </a>
      <a class="card-link" href="/sprache">
        <Icon name="globe" />
        <span>
          <strong>{t('home.languageLink')}</strong>
          <span class="card-link-hint">{t('home.languageHint')}</span>
        </span>
      </a>
      <InstallAction />
    </section>
  );
}
