import { ScreenTitle } from '../ui/ScreenTitle';
import { useT } from '../i18n';

/** Shown for links that lead nowhere, for example an old or mistyped address. */
export function NotFoundScreen() {
  const t = useT();
  return (
    <section class="stack">
      <ScreenTitle title={t('notFound.title')}>{t('notFound.heading')}</ScreenTitle>
      <p>{t('notFound.text')}</p>
      <p>
        <a class="button" href="/">
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
