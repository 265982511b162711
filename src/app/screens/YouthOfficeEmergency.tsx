/**
 * The youth office's emergency service (Kinderschutz-Notdienst) for the family's town, from the
 * directory on the phone. Which office is responsible depends on the town (the Kreisjugendamt for
 * Bönen, Fröndenberg and Holzwickede, the town's own Jugendamt elsewhere), so the family picks
 * its town; `?town=` preselects it. Reads the match table and then only the duties shown, by id.
 */
import { useLocation } from 'preact-iso';
import { berlinMoment } from '../../domain/hours/berlin-time';
import { telHref } from '../../domain/links/safe-href';
import { openingStatusAt } from '../../domain/hours/opening-status';
import { coversMunicipality } from '../../domain/guide/match';
import { useEntries, useMatches } from '../data/use-matches';
import type { MatchSource } from '../data/match-source';
import { CallButton } from '../ui/CallButton';
import { useT } from '../i18n';
import { callablePhones } from '../ui/contact';
import { isTown, townName, TOWNS } from '../../domain/towns';
import { OpeningStatusLine } from '../ui/OpeningStatusLine';

/** The ids of the youth offices' emergency duties for the town (every town's without one), in the directory's order. */
function dutiesFor(matches: MatchSource | undefined, town: string | undefined): string[] | undefined {
  return matches?.rows
    .filter(
      (row) =>
        row.service.role === 'youth-office-emergency' && (!town || coversMunicipality(row.service.serviceArea, town)),
    )
    .map((row) => row.id);
}

export function YouthOfficeEmergency() {
  const t = useT();
  const { state, matches } = useMatches();
  const { status } = state;
  const { query, route, path } = useLocation();
  const town = isTown(query.town) ? query.town : undefined;
  const services = useEntries(matches, dutiesFor(matches, town));

  const chooseTown = (code: string) => route(code ? `${path}?town=${encodeURIComponent(code)}` : path, true);
  const now = berlinMoment(Date.now());

  return (
    <section class="stack youth-office-emergency" aria-labelledby="youth-office-emergency">
      <h2 id="youth-office-emergency">{t('emergency.youthOffice.heading')}</h2>
      <p>{t('emergency.youthOffice.intro')}</p>
      <label class="field">
        <span>{t('emergency.youthOffice.town')}</span>
        <select value={town ?? ''} onChange={(e) => chooseTown((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('emergency.youthOffice.allTowns')}</option>
          {TOWNS.map((x) => (
            <option key={x.code} value={x.code}>
              {x.name}
            </option>
          ))}
        </select>
      </label>
      {!services && (
        <p class="note">
          {status === 'empty' ? t('emergency.youthOffice.noData') : t('emergency.youthOffice.loading')}
        </p>
      )}
      <ul class="plain-list call-list">
        {services?.map((entry) => {
          const { service } = entry;
          const area = service.serviceArea;
          const towns = area.scope === 'municipality' ? area.municipalities.map(townName).join(', ') : '';
          return (
            <li key={service.id} class="call-entry">
              <h3 class="call-name">{t('emergency.youthOffice.for', { towns })}</h3>
              <OpeningStatusLine status={openingStatusAt(service.schedules, now)} />
              {callablePhones(entry).map((phone) => {
                const href = telHref(phone.number);
                // A number that cannot be dialled is shown as text rather than as a broken link.
                return href ? (
                  <CallButton
                    key={phone.number}
                    href={href}
                    name={t('emergency.youthOffice.for', { towns })}
                    number={phone.number}
                  />
                ) : (
                  <p key={phone.number} class="phone-number" dir="ltr">
                    {phone.number}
                  </p>
                );
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
