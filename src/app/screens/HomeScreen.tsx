import { ScreenTitle } from '../ui/ScreenTitle';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { useT } from '../i18n';
import { InstallAction } from '../pwa/InstallAction';
import { FirstStartChooser } from '../language/FirstStartChooser';
import { CardLink } from '../ui/CardLink';
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
          <Icon shape={icons.check} />
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
      <CardLink href="/themen" title={t('browse.link')} hint={t('browse.linkHint')} icon={icons.list} />
      <CardLink
        href="/suche#suchfeld"
        title={t('browse.searchLink')}
        hint={t('browse.searchHint')}
        icon={icons.search}
      />
      {/* The timeline's card ("Was steht an?" or the way to it) loads after the first paint. */}
      <WhatsNextSlot />
      <CardLink
        href="/notfall"
        title={t('home.emergencyLink')}
        hint={t('home.emergencyHint')}
        icon={icons.phone}
        urgent
      />
      <CardLink href="/sprache" title={t('home.languageLink')} hint={t('home.languageHint')} icon={icons.globe} />
      <InstallAction />
    </section>
  );
}
