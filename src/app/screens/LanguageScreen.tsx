import { useLocation } from 'preact-iso';
import { ScreenTitle } from '../components/ScreenTitle';
import { Icon } from '../components/Icon';
import { availableLanguages, setLanguage, useLanguage, useT } from '../i18n';

/** Every language named in itself, as large buttons; the choice is remembered on the device. */
export function LanguageScreen() {
  const t = useT();
  const current = useLanguage();
  const { route } = useLocation();
  const choose = async (code: string) => {
    await setLanguage(code);
    route('/');
  };
  return (
    <section class="stack">
      <ScreenTitle title={t('language.title')}>{t('language.heading')}</ScreenTitle>
      <p>{t('language.intro')}</p>
      <ul class="plain-list language-list">
        {availableLanguages.map((lang) => (
          <li key={lang.code}>
            <button
              type="button"
              class="language-button"
              lang={lang.code}
              dir={lang.dir}
              aria-pressed={lang.code === current.code}
              onClick={() => void choose(lang.code)}
            >
              <span>{lang.nativeName}</span>
              {lang.code === current.code && <Icon name="check" />}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
