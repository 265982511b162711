import { describe, expect, it } from 'vitest';
import { questionSpeech } from '../../../src/app/speech/spoken-text';
import { translator } from '../guide-ui/i18n';

const question = {
  text: { de: 'Um wen geht es?', en: 'Who is it about?' },
  help: { de: 'Sie können mehrere Antworten wählen.', en: 'You can choose more than one answer.' },
};
const answers = [{ de: 'Baby (unter 1 Jahr)', en: 'Baby (under 1)' }];

describe('questionSpeech', () => {
  it('reads the question, its help and the answers in the UI language when the guide has it', () => {
    expect(questionSpeech(question, answers, 'en', translator('en'))).toEqual({
      lang: 'en',
      text: 'Who is it about? You can choose more than one answer. Baby (under 1).',
    });
  });

  it('reads in German, as shown, when the guide has no text in the UI language', () => {
    // A region's guide.yaml may lack a language the app speaks (here Russian): never read German words with a Russian voice.
    const spoken = questionSpeech(question, answers, 'ru', translator('en'));
    expect(spoken.lang).toBe('de');
    expect(spoken.text).toBe('Um wen geht es? Sie können mehrere Antworten wählen. Baby (unter 1 Jahr).');
  });

  it('reads UI answers through the translator of the reading language', () => {
    const spoken = questionSpeech({ text: { de: 'Wo wohnen Sie?' } }, [], 'ru', translator('en'), {
      uiAnswers: ['guide.useLocation'],
      plainAnswers: ['Lünen'],
    });
    expect(spoken).toEqual({ lang: 'de', text: 'Wo wohnen Sie? Standort verwenden. Lünen.' });
  });
});
