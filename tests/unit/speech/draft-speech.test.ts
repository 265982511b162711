/**
 * Reading aloud says first when a text read is a machine-assisted draft translation, in the reading
 * language; never for reviewed translations or texts read in German.
 */
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { cardSpeech, questionSpeech } from '../../../src/app/speech/spoken-text';
import en from '../../../locales/en.json';
import { directory, organization, service } from '../guide/fixtures';
import { translator } from '../guide-ui/i18n';

const unknown = { kind: 'unknown' } as const;
const card = (summary: Parameters<typeof service>[1]) =>
  directoryEntries(directory([organization('kreis', [service('s', summary)])]))[0]!;

describe('spoken draft marker', () => {
  it('a card whose summary is a draft: the sentence first, then the card', () => {
    const entry = card({
      name: { de: 'Familienbüro', en: 'Family office' },
      summary: { de: 'Hilfe für Eltern.', en: 'Help for parents.', machine: ['en'] },
    });
    const spoken = cardSpeech(entry, unknown, 'en', translator('en'));
    expect(spoken.lang).toBe('en');
    expect(spoken.text.startsWith(`${en.drafts.spoken} Family office. Help for parents.`)).toBe(true);
  });

  it('a card with reviewed texts, or read in German because the summary is missing, has no such sentence', () => {
    const reviewed = card({
      name: { de: 'Familienbüro', en: 'Family office' },
      summary: { de: 'Hilfe für Eltern.', en: 'Help for parents.' },
    });
    expect(cardSpeech(reviewed, unknown, 'en', translator('en')).text.startsWith('Family office.')).toBe(true);
    const inGerman = card({
      name: { de: 'Familienbüro', en: 'Family office', machine: ['en'] },
      summary: { de: 'Hilfe für Eltern.' },
    });
    const spoken = cardSpeech(inGerman, unknown, 'en', translator('en'));
    expect(spoken.lang).toBe('de');
    expect(spoken.text.startsWith('Familienbüro. Hilfe für Eltern.')).toBe(true);
  });

  it('a guide question with a draft answer: the sentence first', () => {
    const question = { text: { de: 'Um wen geht es?', en: 'Who is it about?' } };
    const answers = [{ de: 'Baby', en: 'Baby (under 1)', machine: ['en' as const] }];
    expect(questionSpeech(question, answers, 'en', translator('en')).text).toBe(
      `${en.drafts.spoken} Who is it about? Baby (under 1).`,
    );
    expect(questionSpeech(question, [{ de: 'Baby', en: 'Baby (under 1)' }], 'en', translator('en')).text).toBe(
      'Who is it about? Baby (under 1).',
    );
  });
});
