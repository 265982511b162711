import type { OpeningStatus } from '../../domain/hours/opening-status';
import { useLanguage, useT } from '../i18n';
import { statusText } from './status-text';

/** "Jetzt geöffnet · bis 16:00" with a coloured dot; the words carry the meaning, the colour only helps. */
export function OpeningStatusLine({ status }: { status: OpeningStatus }) {
  const t = useT();
  const { code, dir } = useLanguage();
  const { text, tone } = statusText(status, t, code, dir === 'rtl');
  return (
    <p class={`opening-status status-${tone}`}>
      <span class="status-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
