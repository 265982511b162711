import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { GuideAnswers } from '../../domain/guide/flow';
import type { Guide } from '../../domain/directory/guide-schema';
import type { DirectoryState } from '../data/directory-state';
import { useDirectoryState } from '../data/use-directory';
import { answersQuery, readAnswers } from './answers-url';

export interface GuideView {
  state: DirectoryState;
  guide?: Guide;
  /** The answers in the current URL (the only place they are kept). */
  answers: GuideAnswers;
  /** The answers as a query string ("?town=…&who=…" or ''). */
  query: string;
}

/**
 * The directory's questions and the answers read from the address bar. The guide's screens rank
 * services: they have the match table read, never the whole directory.
 */
export function useGuide(): GuideView {
  const state = useDirectoryState('matches');
  const { url } = useLocation();
  const search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  const guide = state.guide;
  const answers = useMemo(() => (guide ? readAnswers(guide, search) : {}), [guide, search]);
  return { state, guide, answers, query: guide ? answersQuery(guide, answers) : '' };
}
