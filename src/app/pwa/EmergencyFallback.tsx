import { EmergencyNumbers } from '../ui/EmergencyNumbers';
import { ReloadNotice } from '../ui/ReloadNotice';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useT } from '../i18n';

/**
 * The emergency numbers from the main bundle, for when the emergency screen's own code cannot be
 * loaded (a tab left on an older version after an update removed its files, see stale-chunk.ts).
 * It never reloads by itself: a parent may be about to call. It offers the reload for the rest
 * (the youth offices' numbers, read aloud).
 */
export function EmergencyFallback() {
  const t = useT();
  return (
    <section class="stack" data-testid="emergency-fallback">
      <ScreenTitle title={t('emergency.title')}>{t('emergency.heading')}</ScreenTitle>
      <p class="lead">{t('emergency.intro')}</p>
      <EmergencyNumbers />
      <ReloadNotice text={t('storage.otherTab')} />
    </section>
  );
}
