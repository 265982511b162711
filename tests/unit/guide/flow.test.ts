import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/domain/directory/guide-schema';
import { questionSequence, toMatchAnswers, visibleOptions, type GuideAnswers } from '../../../src/domain/guide/flow';

const guide: Guide = {
  questions: [
    { id: 'town', kind: 'municipality', text: { de: 'Wo?' }, options: [] },
    {
      id: 'who',
      kind: 'life-stage',
      multiple: true,
      text: { de: 'Wer?' },
      options: ['pregnancy', 'baby', 'secondary'].map((value) => ({ value, label: { de: value } })),
    },
    {
      id: 'topic',
      kind: 'topic',
      multiple: true,
      text: { de: 'Was?' },
      options: [
        { value: 'child-protection', label: { de: 'Krise' }, followUp: 'danger' },
        { value: 'baby-care', label: { de: 'Schreien' }, showFor: ['baby'] },
        { value: 'midwife', label: { de: 'Hebamme' }, showFor: ['pregnancy', 'baby'] },
        { value: 'money', label: { de: 'Geld' } },
      ],
    },
    {
      id: 'danger',
      kind: 'urgent',
      followUpOnly: true,
      text: { de: 'Gefahr?' },
      options: [
        { value: 'yes', label: { de: 'Ja' } },
        { value: 'no', label: { de: 'Nein' } },
      ],
    },
  ],
};

const ids = (chosen: GuideAnswers) => questionSequence(guide, chosen).map((q) => q.id);
const topicQuestion = guide.questions[2]!;

describe('questionSequence', () => {
  it.each<[string, GuideAnswers, string[]]>([
    ['nothing chosen: the main questions', {}, ['town', 'who', 'topic']],
    [
      'a crisis topic adds the danger question after it',
      { topic: ['money', 'child-protection'] },
      ['town', 'who', 'topic', 'danger'],
    ],
    ['other topics do not', { topic: ['money'] }, ['town', 'who', 'topic']],
  ])('%s', (_name, chosen, expected) => {
    expect(ids(chosen)).toEqual(expected);
  });

  it('survives a follow-up loop in the data', () => {
    const looping: Guide = {
      questions: [
        {
          ...guide.questions[3]!,
          followUpOnly: false,
          options: [{ value: 'yes', label: { de: 'Ja' }, followUp: 'danger' }],
        },
      ],
    };
    expect(questionSequence(looping, { danger: ['yes'] }).map((q) => q.id)).toEqual(['danger']);
  });
});

describe('visibleOptions', () => {
  it.each<[string, GuideAnswers, string[]]>([
    ['no life stage chosen: every topic', {}, ['child-protection', 'baby-care', 'midwife', 'money']],
    ['pregnancy: no crying-baby topic', { who: ['pregnancy'] }, ['child-protection', 'midwife', 'money']],
    ['a teenager: no baby topics', { who: ['secondary'] }, ['child-protection', 'money']],
    [
      'a baby and a teenager: both',
      { who: ['secondary', 'baby'] },
      ['child-protection', 'baby-care', 'midwife', 'money'],
    ],
  ])('%s', (_name, chosen, expected) => {
    expect(visibleOptions(guide, topicQuestion, chosen).map((o) => o.value)).toEqual(expected);
  });
});

describe('toMatchAnswers', () => {
  it.each<[string, GuideAnswers, ReturnType<typeof toMatchAnswers>]>([
    ['nothing', {}, { lifeStages: [], topics: [] }],
    [
      'a baby who cries in Lünen',
      { town: ['luenen'], who: ['baby'], topic: ['baby-care'] },
      { municipality: 'luenen', lifeStages: ['baby'], topics: ['baby-care'] },
    ],
    [
      'danger counts only when its question is asked',
      { topic: ['money'], danger: ['yes'] },
      { lifeStages: [], topics: ['money'] },
    ],
    [
      'someone in danger',
      { town: ['unna'], topic: ['child-protection'], danger: ['yes'] },
      { municipality: 'unna', lifeStages: [], topics: ['child-protection'], urgent: true },
    ],
    [
      'values from a tampered link are ignored',
      { town: ['atlantis'], who: ['baby', 'grandpa'], topic: ['<script>'] },
      { lifeStages: ['baby'], topics: [] },
    ],
  ])('%s', (_name, chosen, expected) => {
    expect(toMatchAnswers(guide, chosen)).toEqual(expected);
  });
});
