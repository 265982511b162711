import { useT } from '../i18n';

/** A notice that only a reload of the page resolves: the sentence, then "Neu laden". */
export function ReloadNotice({ text, testId }: { text: string; testId?: string }) {
  const t = useT();
  return (
    <div class="directory-notice" data-testid={testId}>
      <p>{text}</p>
      <button type="button" class="button-small" onClick={() => location.reload()}>
        {t('storage.reload')}
      </button>
    </div>
  );
}
