import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkGuide } from '../../../src/domain/directory/guide-integrity';
import { GuideSchema, type Guide } from '../../../src/domain/directory/guide-schema';
import { validGuide } from './fixtures';

const valid: Guide = validGuide();

const messages = (guide: unknown): string[] => {
  const parsed = v.safeParse(GuideSchema, guide);
  if (!parsed.success) return parsed.issues.map((i) => i.message);
  return checkGuide(parsed.output).map((i) => `${i.path}: ${i.message}`);
};

/** The valid guide with one question changed. */
const withQuestion = (index: number, change: object) => ({
  questions: valid.questions.map((q, i) => (i === index ? { ...q, ...change } : q)),
});

describe('guide questions', () => {
  it('accepts a complete guide', () => {
    expect(messages(valid)).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'unknown life stage',
      withQuestion(1, { options: [{ value: 'teenager', label: { de: 'x' } }] }),
      /„teenager“ passt nicht/,
    ],
    [
      'topic code in a town question',
      withQuestion(0, { options: [{ value: 'money', label: { de: 'x' } }] }),
      /passt nicht/,
    ],
    [
      'urgent answer other than yes/no',
      withQuestion(3, { options: [{ value: 'vielleicht', label: { de: 'x' } }] }),
      /erlaubt sind: yes, no/,
    ],
    [
      'unknown icon',
      withQuestion(1, { options: [{ value: 'baby', label: { de: 'x' }, icon: 'rocket' }] }),
      /Unbekanntes Bild/,
    ],
    [
      'follow-up that does not exist',
      withQuestion(2, { options: [{ value: 'money', label: { de: 'x' }, followUp: 'nirgends' }] }),
      /Folgefrage „nirgends“ gibt es nicht/,
    ],
    [
      'follow-up nobody leads to',
      withQuestion(2, { options: [{ value: 'money', label: { de: 'x' } }] }),
      /keine Antwort führt zu ihr/,
    ],
    [
      'a second town question',
      { questions: [...valid.questions, { ...valid.questions[0]!, id: 'wo' }] },
      /genau eine Frage der Art municipality/,
    ],
    [
      'duplicate question id',
      { questions: [...valid.questions, { ...valid.questions[3]!, followUpOnly: true }] },
      /doppelt/,
    ],
    [
      'showFor on a life-stage question',
      withQuestion(1, { options: [{ value: 'baby', label: { de: 'x' }, showFor: ['baby'] }] }),
      /showFor gibt es nur/,
    ],
    ['topic question without answers', withQuestion(2, { options: [] }), /braucht Antworten/],
    ['missing German text', withQuestion(0, { text: { en: 'Where?' } }), /Pflichtfeld „de“ fehlt/],
    ['a typo in a field name', withQuestion(1, { multipel: true }), /Unbekanntes Feld „multipel“/],
  ])('%s', (_name, guide, expected) => {
    expect(messages(guide).join('\n')).toMatch(expected);
  });
});
