/**
 * A fake speech engine for the "Vorlesen" tests: headless Chromium has no voices. Used by
 * legal.test.ts and read-aloud.test.ts.
 */
import type { Page } from 'playwright-core';

/** A phone with the given voices; every utterance and every cancel is recorded in window.spoken. */
export async function fakeSpeech(page: Page, voices: { lang: string; localService: boolean }[], lateMs = 0) {
  await page.addInitScript(
    ({ voices, lateMs }) => {
      const spoken: { text: string; lang: string; voice: string }[] = [];
      const log = { spoken, cancels: 0 };
      (window as unknown as { speech: typeof log }).speech = log;
      const list = voices.map((v, i) => ({ ...v, name: `Stimme ${i}`, default: false, voiceURI: `v${i}` }));
      let available = lateMs > 0 ? [] : list;
      const target = new EventTarget();
      const synth = Object.assign(target, {
        getVoices: () => available,
        speak: (u: { text: string; lang: string; voice: { name: string } }) =>
          spoken.push({ text: u.text, lang: u.lang, voice: u.voice.name }),
        cancel: () => {
          log.cancels += 1;
        },
      });
      class Utterance extends EventTarget {
        lang = '';
        rate = 1;
        voice: unknown = null;
        constructor(public text: string) {
          super();
        }
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
      if (lateMs > 0) {
        setTimeout(() => {
          available = list;
          target.dispatchEvent(new Event('voiceschanged'));
        }, lateMs);
      }
    },
    { voices, lateMs },
  );
}

export const spokenLog = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { speech: { spoken: { text: string; lang: string }[]; cancels: number } }).speech,
  );
