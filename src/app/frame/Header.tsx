import { useLocation } from 'preact-iso';
import { useLanguage, useT } from '../i18n';
import { BrandMark } from './BrandMark';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { VisitControl } from '../visit/VisitControl';
import { QuickExit } from '../safety/QuickExit';

/** The frame's top bar: app name, language switch and the always-visible emergency button. */
export function Header() {
  const t = useT();
  const language = useLanguage();
  const { path } = useLocation();
  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        {t('frame.skipToContent')}
      </a>
      <QuickExit />
      <a class="brand" href="/" aria-current={path === '/' ? 'page' : undefined}>
        <BrandMark />
        <span class="narrow-hidden">{t('app.name')}</span>
      </a>
      <div class="header-actions">
        <a
          class="header-button language-switch"
          href="/sprache"
          aria-label={t('frame.languageButton', { language: language.nativeName })}
        >
          <Icon shape={icons.globe} />
          <span class="narrow-hidden" lang={language.code}>
            {language.nativeName}
          </span>
        </a>
        <a class="header-button emergency-button" href="/notfall">
          <Icon shape={icons.phone} />
          <span>{t('frame.emergency')}</span>
        </a>
      </div>
      <VisitControl />
    </header>
  );
}
