import { ScreenTitle } from '../components/ScreenTitle';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';

/** The family's saved contacts (Merkliste). They are kept only on this phone. */
export function SavedScreen() {
  const t = useT();
  return (
    <section class="stack">
      <ScreenTitle title={t('saved.title')}>{t('saved.heading')}</ScreenTitle>
      <div class="empty-state">
        <Icon name="bookmark" size={40} />
        <p>{t('saved.empty')}</p>
        <p class="note">{t('saved.privacy')}</p>
      </div>
    </section>
  );
}
