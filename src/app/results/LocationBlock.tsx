import type { Location, Schedule } from '../../domain/directory/schema';
import type { Weekday } from '../../domain/directory/hours-schema';
import { useT } from '../i18n';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { DirectoryText } from '../ui/DirectoryText';
import { addressLine } from '../ui/links';
import { routeLink } from './route-link';
import { WeekHours } from './WeekHours';

/** One place of a service: address, how to get in (accessibility, bus), the route hand-off and its hours. */
export function LocationBlock({
  location,
  schedules,
  today,
  name,
}: {
  location: Location;
  schedules: Schedule[];
  today: Weekday;
  name: string;
}) {
  const t = useT();
  const headingId = `location-${location.id}`;
  const route = routeLink(location.address);
  return (
    <section class="detail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {location.name ? <DirectoryText text={location.name} /> : t('detail.location', { city: location.address.city })}
      </h2>
      <p>{addressLine(location.address)}</p>
      {route && (
        <a class="action-button" href={route} aria-label={t('results.routeLabel', { name })}>
          <Icon shape={icons.place} size={20} />
          {t('results.route')}
        </a>
      )}
      {location.accessibility && (
        <p>
          <strong>{t('detail.accessibility')}</strong> <DirectoryText text={location.accessibility} />
        </p>
      )}
      {location.transit && (
        <p>
          <strong>{t('detail.transit')}</strong> <DirectoryText text={location.transit} />
        </p>
      )}
      {schedules.length > 0 && <h3>{t('detail.hoursHere')}</h3>}
      {schedules.map((schedule, i) => (
        <WeekHours key={i} schedule={schedule} today={today} />
      ))}
    </section>
  );
}
