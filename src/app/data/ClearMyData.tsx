import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClearReport } from '../../storage/records';
import { useT, type Translate } from '../i18n';
import { startDirectory } from './directory-state';

type Step = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'done'; report: ClearReport } | { kind: 'failed' };

/** The sentence that says exactly what was removed. */
function describe(report: ClearReport, t: Translate): string {
  const parts = [t('settings.clearedSaved', { count: report.savedContacts })];
  if (report.children > 0) parts.push(t('timeline.clearedChildren', { number: report.children }));
  parts.push(t('settings.clearedSettings'), t('settings.clearedLanguage'));
  if (report.directory) parts.push(t('settings.clearedDirectory'));
  return `${t('settings.cleared')} ${parts.join(', ')}.`;
}

/**
 * "Meine Daten löschen" with a real confirmation step inside the page (no window.confirm): the
 * family can choose to remove the cached directory too, and is told afterwards what was removed.
 */
export function ClearMyData() {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [includeDirectory, setIncludeDirectory] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Move focus with the step, so keyboard and screen-reader users land on the question.
    if (step.kind === 'confirm') confirmRef.current?.focus();
  }, [step.kind]);

  const clear = async () => {
    try {
      const runtime = await startDirectory();
      const report = await runtime.clearMyData({ includeDirectory });
      setStep({ kind: 'done', report });
    } catch (error) {
      console.warn('Clearing data failed', error);
      setStep({ kind: 'failed' });
    }
  };

  const cancel = () => {
    setStep({ kind: 'idle' });
    setTimeout(() => startRef.current?.focus(), 0);
  };

  return (
    <section class="stack" aria-labelledby="clear-heading">
      <h2 id="clear-heading">{t('settings.clearHeading')}</h2>
      <p>
        {t('settings.clearIntro')} {t('settings.clearChildren')}
      </p>
      {step.kind === 'confirm' ? (
        <div class="confirm-box" role="group" aria-labelledby="clear-question">
          <p id="clear-question" ref={confirmRef} tabIndex={-1}>
            <strong>{t('settings.confirmQuestion')}</strong>
          </p>
          <label class="checkbox-label">
            <input
              type="checkbox"
              checked={includeDirectory}
              onChange={(event) => setIncludeDirectory((event.target as HTMLInputElement).checked)}
            />
            <span>{t('settings.alsoDirectory')}</span>
          </label>
          <div class="stack-small">
            <button type="button" class="button" onClick={clear}>
              {t('settings.confirm')}
            </button>
            <button type="button" class="button button-secondary" onClick={cancel}>
              {t('settings.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button
            type="button"
            class="button button-secondary"
            ref={startRef}
            onClick={() => {
              setIncludeDirectory(false);
              setStep({ kind: 'confirm' });
            }}
          >
            {t('settings.clearButton')}
          </button>
        </div>
      )}
      <p role="status" data-testid="clear-message">
        {step.kind === 'done' ? describe(step.report, t) : step.kind === 'failed' ? t('settings.clearFailed') : ''}
      </p>
    </section>
  );
}
