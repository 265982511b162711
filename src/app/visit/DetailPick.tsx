import { useDirectory } from '../data/use-directory';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { PickButton } from './VisitSelectToggle';

/** On /angebot/:id the bar picks that service, so a visit works even where cards have no toggle. */
export function DetailPick({ id, picks }: { id: string; picks: readonly string[] }) {
  const t = useT();
  const { code } = useLanguage();
  const { directory } = useDirectory();
  const service = directory?.organizations.flatMap((o) => o.services).find((s) => s.id === id);
  if (!service) return null;
  return <PickButton id={id} name={textIn(service.name, code)} picked={picks.includes(id)} t={t} />;
}
