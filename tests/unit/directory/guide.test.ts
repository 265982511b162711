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

describe('focus questions (what a topic is about in particular)', () => {
  const focusQuestion = {
    id: 'in-der-schule',
    kind: 'focus',
    followUpOnly: true,
    text: { de: 'Worum geht es in der Schule?' },
    options: [
      { value: 'streit', label: { de: 'Streit' }, focus: ['mental-health', 'parenting'] },
      { value: 'beruf', label: { de: 'Beruf' }, focus: ['work-training'], showFor: ['baby'] },
    ],
  };
  /** The valid guide with a school topic that leads to the focus question, changed as given. */
  const withFocus = (question: object = {}, schoolOption: object = {}) => ({
    questions: [
      ...valid.questions.map((q, i) =>
        i === 2
          ? {
              ...q,
              options: [
                ...q.options,
                { value: 'school', label: { de: 'Schule' }, followUp: 'in-der-schule', ...schoolOption },
              ],
            }
          : q,
      ),
      { ...focusQuestion, ...question },
    ],
  });

  it('accepts a focus question after a topic, with showFor on its answers', () => {
    expect(messages(withFocus())).toEqual([]);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'asked on its own',
      withFocus({ followUpOnly: false }),
      /questions\[4\]\.followUpOnly: Eine Frage der Art focus fragt genauer nach einem Thema: sie braucht followUpOnly: true/,
    ],
    [
      'an answer without focus topics',
      withFocus({ options: [{ value: 'streit', label: { de: 'Streit' } }] }),
      /options\[0\]\.focus: Antwort „streit“ braucht Themen \(focus\)/,
    ],
    [
      'an empty list of focus topics',
      withFocus({ options: [{ value: 'streit', label: { de: 'Streit' }, focus: [] }] }),
      /Antwort „streit“ braucht Themen \(focus\)/,
    ],
    [
      'an unknown topic code',
      withFocus({ options: [{ value: 'x', label: { de: 'x' }, focus: ['mobbing'] }] }),
      /Unbekanntes Thema/,
    ],
    [
      'a value that cannot travel in a link',
      withFocus({ options: [{ value: 'Ärger', label: { de: 'Ärger' }, focus: ['parenting'] }] }),
      /„Ärger“ ist als Antwort einer Fokus-Frage nicht möglich: nur Kleinbuchstaben/,
    ],
    [
      'focus topics on a topic answer',
      withFocus({}, { focus: ['parenting'] }),
      /options\[2\]\.focus: focus gibt es nur bei Antworten einer Fokus-Frage/,
    ],
    [
      'reached from an answer that is not a topic',
      {
        questions: valid.questions
          .map((q, i) =>
            i === 3 ? { ...q, options: [{ value: 'yes', label: { de: 'Ja' }, followUp: 'in-der-schule' }] } : q,
          )
          .concat([focusQuestion as (typeof valid.questions)[number]]),
      },
      /Folgefrage „in-der-schule“ ist eine Fokus-Frage: zu ihr führt nur eine Antwort der Themen-Frage/,
    ],
    [
      'a focus topic that is the topic leading to it',
      withFocus({ options: [{ value: 'alles', label: { de: 'Alles' }, focus: ['school', 'parenting'] }] }),
      /Antwort „alles“ nennt unter focus das Thema „school“, das schon gewählt ist/,
    ],
  ])('%s', (_name, guide, expected) => {
    expect(messages(guide).join('\n')).toMatch(expected);
  });
});
