import { useLocation } from 'preact-iso';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useLanguage, useT } from '../i18n';
import { LanguageChoices } from '../language/LanguageChoices';
import { localeMeta } from '../language/locale-meta';

/**
 * /sprache: every language named in itself, as large buttons; the choice is remembered on the device.
 * Unreviewed translations are marked, and the current one explains what that means.
 */
export function LanguageScreen() {
  const t = useT();
  const current = useLanguage();
  const { route } = useLocation();
  return (
    <section class="stack">
      <ScreenTitle title={t('language.title')}>{t('language.heading')}</ScreenTitle>
      <p>{t('language.intro')}</p>
      <LanguageChoices onChosen={() => route('/')} />
      {localeMeta.get(current.code)?.reviewedByNativeSpeaker === false && (
        <p class="note" data-testid="not-reviewed-hint">
          {t('language.notReviewedHint')}
        </p>
      )}
    </section>
  );
}
