import { useState } from 'preact/hooks';
import type { DirectoryEntry } from '../../domain/guide/entries';
import { Icon } from '../ui/Icon';
import * as icons from '../ui/icons';
import { localized } from '../data/use-directory';
import { useLanguage, useT } from '../i18n';
import { callablePhones, entryPath } from '../ui/contact';
import { clipboardText, shareContent } from '../ui/links';
import { toggleSaved, useSavedIds } from './saved-ids';

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
      ...(p.label && { label: localized(p.label, code) }),
    }));
    const content = shareContent(
      name,
      localized(entry.organization.name, code),
      phones,
      `${location.origin}${entryPath(entry.service.id)}`,
    );
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share(content);
        return;
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return; // the user closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(clipboardText(content));
      setMessage(t('results.copied'));
    } catch {
      setMessage(t('results.shareFailed'));
    }
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
