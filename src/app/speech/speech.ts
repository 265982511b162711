/**
 * Read-aloud over the phone's own speech synthesis (Web Speech API). Nothing is sent anywhere:
 * only local voices are used (see pick-voice.ts). Voices often arrive late (Chrome fills the list
 * after `voiceschanged`), so components subscribe and re-render when the list changes.
 */
import { pickVoice, splitForSpeech } from './pick-voice';

type Listener = () => void;

const synth: SpeechSynthesis | undefined =
  typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;

let voices: readonly SpeechSynthesisVoice[] = [];
/** The choice per language, made once per voice list (a list of thirty cards asks thirty times). */
const chosen = new Map<string, SpeechSynthesisVoice | undefined>();
/** The token of the button whose text is being read, so only that button shows "stop". */
let speakingToken: object | null = null;
const listeners = new Set<Listener>();

const notify = () => listeners.forEach((listener) => listener());

function refreshVoices(): void {
  voices = synth?.getVoices() ?? [];
  chosen.clear();
  notify();
}

if (synth) {
  refreshVoices();
  synth.addEventListener('voiceschanged', refreshVoices);
  // Leaving or hiding the page stops reading: speech must never run on behind the family's back.
  window.addEventListener('pagehide', () => stopSpeaking());
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The local voice for `lang`, or undefined (then the read-aloud button is hidden). */
export function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (!synth) return undefined;
  if (!chosen.has(lang)) chosen.set(lang, pickVoice(voices, lang));
  return chosen.get(lang);
}

export function isSpeaking(token: object): boolean {
  return speakingToken === token;
}

/** Reads `text` in `lang`; stops whatever was being read. Returns false when there is no voice. */
export function speak(text: string, lang: string, token: object): boolean {
  const voice = voiceFor(lang);
  if (!synth || !voice) return false;
  synth.cancel();
  const pieces = splitForSpeech(text);
  if (pieces.length === 0) return false;
  speakingToken = token;
  pieces.forEach((piece, index) => {
    const utterance = new SpeechSynthesisUtterance(piece);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9; // a little slower: many listeners are still learning the language
    if (index === pieces.length - 1) {
      const done = () => {
        if (speakingToken === token) {
          speakingToken = null;
          notify();
        }
      };
      utterance.addEventListener('end', done);
      utterance.addEventListener('error', done);
    }
    synth.speak(utterance);
  });
  notify();
  return true;
}

/** Stops reading (all of it, or only when `token` is the one reading). */
export function stopSpeaking(token?: object): void {
  if (!synth || (token !== undefined && speakingToken !== token)) return;
  speakingToken = null;
  synth.cancel();
  notify();
}
