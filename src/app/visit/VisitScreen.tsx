/**
 * /besuch: start a home visit, see what it holds, end it. After "Besuch beenden" the screen says what
 * was removed from the phone (`?beendet=<number of picks>`; a count says nothing about the family).
 */
import { useLocation } from 'preact-iso';
import { ScreenTitle } from '../ui/ScreenTitle';
import { useEntries, useMatches } from '../data/use-matches';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { PickButton } from './VisitSelectToggle';
import { endVisit, startVisit, useVisit, type Visit } from './visit-state';
import { leaveVisit } from './visit-history';
import './visit.css';
import { CardLink } from '../ui/CardLink';

export function VisitScreen() {
  const t = useT();
  const visit = useVisit();
  const { query } = useLocation();
  return (
    <section class="stack visit-screen">
      <ScreenTitle title={t('visit.title')}>{t('visit.title')}</ScreenTitle>
      {query.beendet !== undefined && !visit && <Ended picks={Number(query.beendet) || 0} />}
      {visit ? <Running visit={visit} /> : <Start />}
    </section>
  );
}

function Ended({ picks }: { picks: number }) {
  const t = useT();
  return (
    <div class="visit-ended" role="status">
      <h2>{t('visit.ended.heading')}</h2>
      <ul>
        <li>{t('visit.ended.picks', { count: picks })}</li>
        <li>{t('visit.ended.answers')}</li>
        <li>{t('visit.ended.language')}</li>
      </ul>
      <p>{t('visit.ended.kept')}</p>
    </div>
  );
}

function Start() {
  const t = useT();
  return (
    <>
      <p class="lead">{t('visit.intro')}</p>
      <ul>
        <li>{t('visit.point.type')}</li>
        <li>{t('visit.point.language')}</li>
        <li>{t('visit.point.pick')}</li>
        <li>{t('visit.point.end')}</li>
      </ul>
      <button type="button" class="button" onClick={startVisit}>
        {t('visit.start')}
      </button>
    </>
  );
}

function Running({ visit }: { visit: Visit }) {
  const t = useT();
  const { code } = useLanguage();
  const { route } = useLocation();
  const { matches } = useMatches();
  // The names of the picks only: those services are read by id, not the whole directory.
  const entries = useEntries(matches, visit.picks);
  const end = async () => {
    const ended = await endVisit();
    // The family's pages must not stay on screen, nor one tap on "Zurück" away.
    await leaveVisit(visit.historyKey, `/besuch?beendet=${ended.picks}`, route);
  };
  return (
    <>
      <p class="lead">{t('visit.running')}</p>
      <CardLink href="/fragen/1" title={t('visit.askTogether')} hint={t('visit.askTogetherHint')} />
      <section class="stack-small" aria-labelledby="visit-list-heading">
        <h2 id="visit-list-heading">{t('visit.listHeading', { count: visit.picks.length })}</h2>
        {visit.picks.length === 0 ? (
          <p class="note">{t('visit.listEmpty')}</p>
        ) : (
          <ul class="plain-list visit-list">
            {visit.picks.map((id) => {
              const entry = entries?.find((candidate) => candidate.service.id === id);
              const name = entry ? textIn(entry.service.name, code) : id;
              return (
                <li key={id}>
                  <a href={`/angebot/${encodeURIComponent(id)}`}>{name}</a>
                  <PickButton id={id} name={name} picked t={t} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <a class="button" href="/weitergeben">
        {t('visit.passOn', { count: visit.picks.length })}
      </a>
      <button type="button" class="button button-secondary visit-end-button" onClick={() => void end()}>
        {t('visit.end')}
      </button>
      <p class="note">{t('visit.endHint')}</p>
    </>
  );
}
