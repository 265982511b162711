/**
 * The header's one control for home visits. Without a visit: a small "Hausbesuch" button that leads
 * to /besuch. During a visit: the visit bar across the header, with the family's language one tap
 * away, "Für die Familie auswählen" on a detail screen, "Weitergeben" and "Besuch beenden".
 */
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { availableLanguages, useLanguage, useT } from '../i18n';
import { chooseVisitLanguage, endVisit, restoreVisitLanguage, useVisit, type Visit } from './visit-state';
import { leaveVisit } from './visit-history';
import './visit.css';

/** Two people: a visit, not the start page (a house would read as "home"). */
const PEOPLE =
  'M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm0 2c-2.33 0-7 1.17-7 3.5V19h14v-2.5C15 14.17 10.33 13 8 13Zm8 0c-.29 0-.62.02-.97.05A4.22 4.22 0 0 1 17 16.5V19h6v-2.5c0-2.33-4.67-3.5-7-3.5Z';

export function VisitControl() {
  const visit = useVisit();
  const t = useT();
  const { path } = useLocation();
  if (!visit) {
    return (
      <a
        class="header-button visit-start"
        href="/besuch"
        aria-label={t('visit.headerStart')}
        aria-current={path === '/besuch' ? 'page' : undefined}
      >
        <svg class="icon" width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d={PEOPLE} fill="currentColor" />
        </svg>
      </a>
    );
  }
  return <VisitBar visit={visit} />;
}

function VisitBar({ visit }: { visit: Visit }) {
  const t = useT();
  const language = useLanguage();
  const { path, route } = useLocation();
  useEffect(restoreVisitLanguage, []);
  // The family's language stays in sight in the scrolling row, also after a switch.
  useEffect(() => {
    document
      .querySelector('.visit-language[aria-pressed="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [language.code]);
  const detailId = /^\/angebot\/([^/]+)$/.exec(path)?.[1];
  const DetailPick = useDetailPick(detailId !== undefined);
  const end = async () => {
    const ended = await endVisit();
    // The family's pages must not stay on screen, nor one tap on "Zurück" away.
    await leaveVisit(visit.historyKey, `/besuch?beendet=${ended.picks}`, route);
  };
  return (
    <section class="visit-bar" aria-label={t('visit.barLabel')}>
      <p class="visit-bar-title">
        <strong>{t('visit.barTitle')}</strong>
      </p>
      <div class="visit-languages" role="group" aria-label={t('visit.languageGroup')}>
        {availableLanguages.map((lang) => (
          <button
            key={lang.code}
            type="button"
            class="visit-language"
            lang={lang.code}
            dir={lang.dir}
            aria-pressed={lang.code === language.code}
            onClick={() => void chooseVisitLanguage(lang.code)}
          >
            {lang.nativeName}
          </button>
        ))}
      </div>
      <div class="visit-actions">
        {detailId && DetailPick && <DetailPick id={decodeURIComponent(detailId)} picks={visit.picks} />}
        <a class="visit-action" href="/weitergeben">
          {t('visit.passOn', { count: visit.picks.length })}
        </a>
        <button type="button" class="visit-action visit-end" onClick={() => void end()}>
          {t('visit.end')}
        </button>
      </div>
    </section>
  );
}

type DetailPickComponent = FunctionComponent<{ id: string; picks: readonly string[] }>;

/** The detail screen's pick button needs the directory: loaded on demand, so the first screen stays small. */
function useDetailPick(wanted: boolean): DetailPickComponent | undefined {
  const [component, setComponent] = useState<DetailPickComponent | undefined>(undefined);
  useEffect(() => {
    if (!wanted || component) return;
    void import('./DetailPick').then((m) => setComponent(() => m.DetailPick));
  }, [wanted, component]);
  return component;
}
