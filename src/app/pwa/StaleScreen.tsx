import { useEffect, useState } from 'preact/hooks';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useT } from '../i18n';
import { reloadForStaleChunk } from './stale-chunk';
import { CardLink } from '../ui/CardLink';

/**
 * Shown in place of a screen whose code could not be loaded (see stale-chunk.ts): it reloads into
 * the new version at the same address; when that was just tried, it says so and offers the reload
 * as a button, with the way to the emergency numbers (they never depend on a chunk).
 */
export function StaleScreen() {
  const t = useT();
  const [stuck, setStuck] = useState(false);
  useEffect(() => {
    if (!reloadForStaleChunk()) setStuck(true);
  }, []);
  if (!stuck) return <p aria-busy="true">{t('storage.loading')}</p>;
  return (
    <section class="stack">
      <ScreenTitle title={t('stale.title')}>{t('stale.title')}</ScreenTitle>
      <p role="alert">{t('stale.text')}</p>
      <button type="button" class="button" onClick={() => location.reload()}>
        {t('storage.reload')}
      </button>
      <CardLink href="/notfall" title={t('home.emergencyLink')} urgent />
    </section>
  );
}
