import { useState } from 'preact/hooks';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { textIn } from '../../domain/directory/text-in';
import { useLanguage, useT } from '../i18n';
import { callablePhones, entryPath } from '../ui/contact';
import { clipboardText, shareContent } from '../ui/links';
import { shareOrCopy } from '../ui/share-or-copy';
import { toggleSaved, useSavedIds } from '../data/saved-list';

/**
 * "Merken" (toggles to "Gespeichert") and "Teilen" (the phone's share sheet; without one the text is
 * copied and a confirmation says so). The confirmation is read out through the card's live region.
 */
export function SaveShare({ entry, name }: { entry: DirectoryEntry; name: string }) {
  const t = useT();
  const { code } = useLanguage();
  const saved = useSavedIds();
  const [message, setMessage] = useState('');
  const isSaved = saved?.has(entry.service.id) === true;

  const save = async () => {
    try {
      const nowSaved = await toggleSaved(entry.service);
      setMessage(nowSaved ? t('results.savedMessage', { name }) : t('results.removedMessage', { name }));
    } catch {
      setMessage(t('results.saveFailed'));
    }
  };

  const share = async () => {
    const phones = callablePhones(entry).map((p) => ({
      number: p.number,
      ...(p.label && { label: textIn(p.label, code) }),
    }));
    const content = shareContent(
      name,
      textIn(entry.organization.name, code),
      phones,
      `${location.origin}${entryPath(entry.service.id)}`,
    );
    const outcome = await shareOrCopy(content, clipboardText(content));
    if (outcome === 'copied') setMessage(t('results.copied'));
    if (outcome === 'failed') setMessage(t('results.shareFailed'));
  };

  return (
    <>
      <button
        type="button"
        class="action-button"
        aria-pressed={isSaved}
        aria-label={isSaved ? t('results.savedLabel', { name }) : t('results.saveLabel', { name })}
        onClick={() => void save()}
      >
        <Icon shape={isSaved ? icons.check : icons.bookmark} size={20} />
        {isSaved ? t('results.saved') : t('results.save')}
      </button>
      <button
        type="button"
        class="action-button"
        aria-label={t('results.shareLabel', { name })}
        onClick={() => void share()}
      >
        <Icon shape={icons.share} size={20} />
        {t('results.share')}
      </button>
      <span role="status" class="card-message">
        {message}
      </span>
    </>
  );
}
