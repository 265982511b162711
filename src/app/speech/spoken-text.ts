/**
 * What the "Vorlesen" buttons of the guide's questions and the contact cards read, and in which
 * language. A directory text without a translation for the UI language is shown in German (marked
 * "auf Deutsch", see DirectoryText); a German text read by, say, an Arabic voice would be gibberish,
 * so such a screen part is read in German as a whole, UI words (status, "Anschrift") included.
 * When a text read is a machine-assisted draft translation, a short sentence says so first.
 * No DOM here: the unit tests can call it with the bundled German strings.
 */
import de from '../../../locales/de.json';
import type { Text } from '../../domain/directory/schema';
import type { DirectoryEntry } from '../../domain/guide/entries';
import type { OpeningStatus } from '../../domain/hours/opening-status';
import { telHref } from '../../domain/links/safe-href';
import { miniTranslate, type TranslateValues } from '../i18n/mini-translate';
import { callablePhones } from '../ui/contact';
import { textIn, translated } from '../../domain/directory/text-in';
import { shownAsDraft } from '../../domain/directory/machine-translation';
import { addressLine } from '../ui/links';
import { statusText } from '../ui/status-text';
import { spokenNumber } from './pick-voice';

type T = (key: string, values?: Record<string, string>) => string;

/** The bundled German strings, for the parts read in German while the UI shows another language. */
const germanT: T = (key, values) => miniTranslate(de, 'de', key, values as TranslateValues | undefined);

/** What to read and the language it is in (for the `lang` of <ReadAloud>). */
export interface Spoken {
  readonly text: string;
  readonly lang: string;
}

/** The UI language when every text has a translation into it, otherwise German. */
function readingLanguage(texts: readonly Text[], ui: string): string {
  return ui === 'de' || texts.every((text) => translated(text, ui) !== undefined) ? ui : 'de';
}

/** The UI strings in the reading language. */
function translatorFor(lang: string, ui: string, t: T): T {
  return lang === ui ? t : germanT;
}

/** "Baby (unter 1 Jahr)" → "Baby (unter 1 Jahr)." – every part ends like a sentence, so the voice pauses. */
function asSentence(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed === '') return '';
  return /[.!?؟۔:;…]$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "Der folgende Text wurde automatisch übersetzt." when one of `texts`, read in `lang`, is a draft. */
function draftSentence(texts: readonly (Text | undefined)[], lang: string, t: T): string {
  return texts.some((text) => shownAsDraft(text, lang)) ? t('drafts.spoken') : '';
}

const joinSentences = (parts: readonly string[]) =>
  parts
    .map(asSentence)
    .filter((s) => s !== '')
    .join(' ');

/**
 * A question of the guide: the question, its help text, then each answer as a sentence.
 * `uiAnswers` are answers that are UI strings (e.g. "Standort verwenden"), given as keys;
 * `plainAnswers` are names that read the same in every language (the towns).
 */
export function questionSpeech(
  question: { text: Text; help?: Text | undefined },
  answers: readonly Text[],
  ui: string,
  t: T,
  extra: { uiAnswers?: readonly string[]; plainAnswers?: readonly string[] } = {},
): Spoken {
  const texts = [question.text, ...(question.help ? [question.help] : []), ...answers];
  const lang = readingLanguage(texts, ui);
  const tr = translatorFor(lang, ui, t);
  return {
    lang,
    text: joinSentences([
      draftSentence(texts, lang, tr),
      textIn(question.text, lang),
      question.help ? textIn(question.help, lang) : '',
      ...(extra.uiAnswers ?? []).map((key) => tr(key)),
      ...(extra.plainAnswers ?? []),
      ...answers.map((answer) => textIn(answer, lang)),
    ]),
  };
}

/** The language a card is read in: the UI language, or German when the summary is shown in German. */
export function cardSpeechLanguage(entry: DirectoryEntry, ui: string): string {
  return ui === 'de' || translated(entry.service.summary, ui) !== undefined ? ui : 'de';
}

/**
 * A contact card: name, summary, the opening status in words, the address, the numbers digit by
 * digit. Read in German when the card's summary is shown in German (the same test as DirectoryText).
 */
export function cardSpeech(entry: DirectoryEntry, status: OpeningStatus, ui: string, t: T): Spoken {
  const { service } = entry;
  const lang = cardSpeechLanguage(entry, ui);
  const tr = translatorFor(lang, ui, t);
  const location = entry.locations[0];
  const numbers = callablePhones(entry)
    .filter((phone) => telHref(phone.number) !== undefined)
    // "02306 70 09-0": a dash or slash is a pause, not a word ("minus").
    .map((phone) => spokenNumber(phone.number.replace(/[-/]/g, ' ')));
  return {
    lang,
    text: joinSentences([
      draftSentence([service.name, service.summary], lang, tr),
      textIn(service.name, lang),
      textIn(service.summary, lang),
      // "Jetzt geöffnet · bis 16:00": the dot is for the eye; a comma makes the voice pause.
      statusText(status, tr, lang).text.replace(/\s*·\s*/g, ', '),
      location ? `${tr('legal.labels.address')}: ${addressLine(location.address)}` : '',
      numbers.length > 0 ? `${tr('legal.labels.phone')}: ${numbers.join('; ')}` : '',
    ]),
  };
}
