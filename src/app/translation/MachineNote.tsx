import { shownAsDraft } from '../../domain/directory/machine-translation';
import type { Text } from '../../domain/directory/schema';
import { useLanguage, useT } from '../i18n';
import './machine-note.css';

/**
 * "automatisch übersetzt", in the family's language, where a shown text is a machine-assisted draft
 * nobody has reviewed yet, with the German original one tap away. A native disclosure: it opens by
 * touch and keyboard and tells screen readers whether it is open, without script of its own.
 * Texts shown in German (missing or outdated translations) keep their own "auf Deutsch" marker.
 */
export function MachineNote({ texts }: { texts: readonly (Text | undefined)[] }) {
  const t = useT();
  const { code } = useLanguage();
  if (code === 'de') return null;
  const drafts = texts.filter((text): text is Text => shownAsDraft(text, code));
  if (drafts.length === 0) return null;
  return (
    <details class="machine-note">
      <summary>
        <span class="machine-note-marker">{t('machineTranslation.marker')}</span>
        <span class="machine-note-hint">{t('machineTranslation.showOriginal')}</span>
      </summary>
      <div class="machine-note-original">
        <p class="note">{t('machineTranslation.original')}</p>
        {drafts.map((text, i) => (
          <p key={i} lang="de" dir="ltr">
            {text.de}
          </p>
        ))}
      </div>
    </details>
  );
}
