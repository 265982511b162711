/**
 * Read-aloud over the phone's own speech synthesis (Web Speech API). Nothing is sent anywhere:
 * only local voices are used (see pick-voice.ts). Voices often arrive late (Chrome fills the list
 * after `voiceschanged`), so components subscribe and re-render when the list changes.
 */
import { createStore, useStore } from '../state/store';
import { pickVoice, splitForSpeech } from './pick-voice';

const synth: SpeechSynthesis | undefined =
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;

interface Speech {
  voices: readonly SpeechSynthesisVoice[];
  /** The token of the button whose text is being read, so only that button shows "stop". */
  speakingToken: object | null;
}
const speech = createStore<Speech>({ voices: [], speakingToken: null });
/** The choice per language, made once per voice list (a list of thirty cards asks thirty times). */
const chosen = new Map<string, SpeechSynthesisVoice | undefined>();

function setSpeaking(token: object | null): void {
  speech.update((current) => ({ ...current, speakingToken: token }));
}

function refreshVoices(): void {
  chosen.clear();
  speech.update((current) => ({ ...current, voices: synth?.getVoices() ?? [] }));
}

if (synth) {
  refreshVoices();
  synth.addEventListener('voiceschanged', refreshVoices);
  // Leaving or hiding the page stops reading: speech must never run on behind the family's back.
  window.addEventListener('pagehide', () => stopSpeaking());
}

/** Re-renders the component when the voices arrive or reading starts or stops. */
export function useSpeechChanges(): void {
  useStore(speech);
}

/** The local voice for `lang`, or undefined (then the read-aloud button is hidden). */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (!synth) return undefined;
  if (!chosen.has(lang)) chosen.set(lang, pickVoice(speech.get().voices, lang));
  return chosen.get(lang);
}

export function isSpeaking(token: object): boolean {
  return speech.get().speakingToken === token;
}

/** Reads `text` in `lang`; stops whatever was being read. Returns false when there is no voice. */
export function speak(text: string, lang: string, token: object): boolean {
  const voice = voiceFor(lang);
  if (!synth || !voice) return false;
  synth.cancel();
  const pieces = splitForSpeech(text);
  if (pieces.length === 0) return false;
  setSpeaking(token);
  pieces.forEach((piece, index) => {
    const utterance = new SpeechSynthesisUtterance(piece);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9; // a little slower: many listeners are still learning the language
    if (index === pieces.length - 1) {
      const done = () => {
        if (speech.get().speakingToken === token) setSpeaking(null);
      };
      utterance.addEventListener('end', done);
      utterance.addEventListener('error', done);
    }
    synth.speak(utterance);
  });
  return true;
}

/** Stops reading (all of it, or only when `token` is the one reading). */
export function stopSpeaking(token?: object): void {
  if (!synth || (token !== undefined && speech.get().speakingToken !== token)) return;
  setSpeaking(null);
  synth.cancel();
}
