import type { Flags } from '../../domain/directory/schema';
import { useT } from '../i18n';

const SHOWN = ['free', 'anonymous', 'homeVisits', 'barrierFree'] as const;

/** kostenlos · anonym · Hausbesuch · barrierefrei, and "Beispieldaten" on entries that are not real yet. */
export function FlagBadges({ flags, sample }: { flags: Flags; sample: boolean }) {
  const t = useT();
  const shown = SHOWN.filter((flag) => flags[flag] === true);
  if (shown.length === 0 && !sample) return null;
  return (
    <ul class="badges" aria-label={t('results.badgesLabel')}>
      {shown.map((flag) => (
        <li key={flag} class="badge">
          {t(`results.flags.${flag}`)}
        </li>
      ))}
      {sample && <li class="badge badge-sample">{t('results.sampleBadge')}</li>}
    </ul>
  );
}
