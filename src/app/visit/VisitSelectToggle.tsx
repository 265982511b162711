/**
 * "Für die Familie auswählen": adds one service to the visit list (or takes it off). Shown only
 * while a home visit runs; meant for the result cards and the detail screen.
 */
import type { DirectoryEntry } from '../../domain/guide/entries';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { togglePick, useVisit } from './visit-state';

export function VisitSelectToggle({ entry }: { entry: DirectoryEntry }) {
  const visit = useVisit();
  const t = useT();
  const { code } = useLanguage();
  if (!visit) return null;
  return (
    <PickButton
      id={entry.service.id}
      name={textIn(entry.service.name, code)}
      picked={visit.picks.includes(entry.service.id)}
      t={t}
    />
  );
}

/** The button itself, also used where only the id and name are at hand (visit bar, visit screen). */
export function PickButton({
  id,
  name,
  picked,
  t,
}: {
  id: string;
  name: string;
  picked: boolean;
  t: ReturnType<typeof useT>;
}) {
  return (
    <button
      type="button"
      class="visit-pick"
      aria-pressed={picked}
      aria-label={picked ? t('visit.pickedLabel', { name }) : t('visit.pickLabel', { name })}
      onClick={() => togglePick(id)}
    >
      <span class="visit-pick-box" aria-hidden="true" />
      {picked ? t('visit.picked') : t('visit.pick')}
    </button>
  );
}
