import { useState } from 'preact/hooks';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { TOWNS } from '../../domain/towns';
import { useT } from '../i18n';
import { nearestTown } from './nearest-town';

type Locating = 'idle' | 'busy' | 'denied' | 'unavailable' | 'outside';

/**
 * The ten towns, and "Standort verwenden": the browser gives the position to this page only, the
 * nearest town is worked out here, and only its code goes into the answers.
 */
export function TownChoice({ chosen, onChoose }: { chosen: readonly string[]; onChoose: (town: string) => void }) {
  const t = useT();
  const [locating, setLocating] = useState<Locating>('idle');

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setLocating('unavailable');
      return;
    }
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const town = nearestTown({ lat: position.coords.latitude, lon: position.coords.longitude });
        if (town === undefined) setLocating('outside');
        else {
          setLocating('idle');
          onChoose(town);
        }
      },
      (error) => setLocating(error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 600_000 },
    );
  };

  const message =
    locating === 'busy'
      ? t('guide.locating')
      : locating === 'denied'
        ? t('guide.locationDenied')
        : locating === 'unavailable'
          ? t('guide.locationUnavailable')
          : locating === 'outside'
            ? t('guide.locationOutside')
            : '';

  return (
    <>
      <button type="button" class="option-button location-button" onClick={locate} disabled={locating === 'busy'}>
        <Icon shape={icons.location} />
        <span>
          <strong>{t('guide.useLocation')}</strong>
          <span class="option-hint">{t('guide.useLocationHint')}</span>
        </span>
      </button>
      <p role="status" class="location-message">
        {message}
      </p>
      <ul class="plain-list option-grid town-grid">
        {TOWNS.map((town) => (
          <li key={town.code}>
            <button
              type="button"
              class="option-button"
              aria-pressed={chosen.includes(town.code)}
              onClick={() => onChoose(town.code)}
            >
              {/* "Fröndenberg/Ruhr" may wrap after its slash, not inside a word. */}
              <span>{town.name.replaceAll('/', '/\u200b')}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
