/**
 * Which contacts are passed on: the visit list while a home visit runs, otherwise the professional's
 * (or parent's) own Merkliste. The model is built in the family's (= current UI) language.
 */
import { useMemo } from 'preact/hooks';
import { handoutModel, type Handout } from '../../domain/visit/handout';
import type { HoursWords } from '../../domain/visit/hours-words';
import { dataDate } from '../data/use-directory';
import { useEntries, useMatches } from '../data/use-matches';
import { useSavedContacts } from '../data/saved-list';
import type { DirectoryState } from '../data/directory-state';
import { useLanguage, useT } from '../i18n';
import { useVisit } from './visit-state';

export interface Selection {
  state: DirectoryState;
  source: 'visit' | 'saved';
  /** Undefined while the Merkliste is still being read. */
  ids: readonly string[] | undefined;
  /** Undefined while the match table or the chosen services are read (only those, by id). */
  handout: Handout | undefined;
  language: string;
}

export function useHoursWords(): HoursWords {
  const t = useT();
  return useMemo(() => ({ alwaysOpen: t('handout.alwaysOpen'), appointmentOnly: t('handout.appointmentOnly') }), [t]);
}

export function useSelection(): Selection {
  const { state, matches } = useMatches();
  const visit = useVisit();
  const { contacts } = useSavedContacts();
  const { code } = useLanguage();
  const words = useHoursWords();
  const picks = visit?.picks;
  const ids = useMemo(() => picks ?? contacts?.filter((c) => c.inDirectory).map((c) => c.id), [picks, contacts]);
  const entries = useEntries(matches, ids);
  const date = dataDate(state);
  const handout = useMemo(
    () =>
      entries && ids
        ? handoutModel({
            ids,
            entries,
            language: code,
            words,
            ...(date !== undefined ? { dataDate: date } : {}),
          })
        : undefined,
    [entries, ids, code, words, date],
  );
  return { state, source: visit ? 'visit' : 'saved', ids, handout, language: code };
}
