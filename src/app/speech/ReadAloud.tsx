import { useLocation } from 'preact-iso';
import { useEffect, useMemo } from 'preact/hooks';
import { useT } from '../i18n';
import { isSpeaking, speak, stopSpeaking, useSpeechChanges, voiceFor } from './speech';

/**
 * "Vorlesen": reads `text` in `lang` with the phone's own voice. `text` may be a function, so a
 * screen can read what it shows at the moment of the tap; `label` names what is read when a screen
 * has several buttons (e.g. one per contact card). Renders nothing where the phone has no
 * local voice for `lang`. Reading stops when the button leaves the screen or the address changes.
 */
export function ReadAloud({ text, lang, label }: { text: string | (() => string); lang: string; label?: string }) {
  const t = useT();
  const { url } = useLocation();
  const token = useMemo(() => ({}), []);
  useSpeechChanges();
  // Stop on navigation (new address) and when the screen goes away.
  useEffect(() => () => stopSpeaking(token), [url, token]);

  if (!voiceFor(lang)) return null;
  const speaking = isSpeaking(token);
  const toggle = () => {
    if (speaking) stopSpeaking(token);
    else speak(typeof text === 'function' ? text() : text, lang, token);
  };
  return (
    <button
      type="button"
      class="button button-secondary read-aloud"
      onClick={toggle}
      // The name starts with the visible words (WCAG 2.5.3) and may say what is read, e.g. "Vorlesen: Polizei".
      aria-label={!speaking && label ? t('speech.readAloudItem', { name: label }) : undefined}
      data-speaking={speaking ? 'true' : undefined}
    >
      <svg class="icon" width={24} height={24} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d={speaking ? STOP : SPEAKER} fill="currentColor" />
      </svg>
      <span>{speaking ? t('speech.stop') : t('speech.readAloud')}</span>
    </button>
  );
}

const SPEAKER =
  'M3 9v6h4l5 5V4L7 9H3Zm13.5 3A4.5 4.5 0 0 0 14 7.97v8.05A4.48 4.48 0 0 0 16.5 12ZM14 3.23v2.06a7 7 0 0 1 0 13.42v2.06A9 9 0 0 0 14 3.23Z';
const STOP = 'M6 6h12v12H6z';
