import { useEntry, useMatches } from '../data/use-matches';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { PickButton } from './VisitSelectToggle';

/** On /angebot/:id the bar picks that service, so a visit works even where cards have no toggle. */
export function DetailPick({ id, picks }: { id: string; picks: readonly string[] }) {
  const t = useT();
  const { code } = useLanguage();
  // The service page reads the same entry from the same match table: no second read.
  const { matches } = useMatches();
  const service = useEntry(matches, id)?.service;
  if (!service) return null;
  return <PickButton id={id} name={textIn(service.name, code)} picked={picks.includes(id)} t={t} />;
}
