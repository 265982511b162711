import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/domain/directory/guide-schema';
import {
  chosenFocusOptions,
  questionSequence,
  toMatchAnswers,
  visibleOptions,
  type GuideAnswers,
} from '../../../src/domain/guide/flow';

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
        { value: 'school', label: { de: 'Schule' }, followUp: 'in-school' },
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
    {
      id: 'in-school',
      kind: 'focus',
      followUpOnly: true,
      text: { de: 'Was ist in der Schule?' },
      options: [
        { value: 'quarrel', label: { de: 'Streit' }, focus: ['mental-health', 'parenting'] },
        { value: 'papers', label: { de: 'Anmeldung' }, focus: ['money', 'arrival-language'] },
        { value: 'job', label: { de: 'Beruf' }, focus: ['work-training', 'money'], showFor: ['secondary'] },
      ],
    },
  ],
};

const ids = (chosen: GuideAnswers) => questionSequence(guide, chosen).map((q) => q.id);
const topicQuestion = guide.questions[2]!;
const focusQuestion = guide.questions[4]!;

describe('questionSequence', () => {
  it.each<[string, GuideAnswers, string[]]>([
    ['nothing chosen: the main questions', {}, ['town', 'who', 'topic']],
    [
      'a crisis topic adds the danger question after it',
      { topic: ['money', 'child-protection'] },
      ['town', 'who', 'topic', 'danger'],
    ],
    ['other topics do not', { topic: ['money'] }, ['town', 'who', 'topic']],
    ['school asks what it is about at school', { topic: ['school'] }, ['town', 'who', 'topic', 'in-school']],
    [
      'a crisis at school: both follow-ups, in the order of their topics',
      { topic: ['school', 'child-protection'] },
      ['town', 'who', 'topic', 'danger', 'in-school'],
    ],
    [
      'a school answer without the school topic is not asked for',
      { 'in-school': ['quarrel'] },
      ['town', 'who', 'topic'],
    ],
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
    ['no life stage chosen: every topic', {}, ['child-protection', 'baby-care', 'midwife', 'money', 'school']],
    ['pregnancy: no crying-baby topic', { who: ['pregnancy'] }, ['child-protection', 'midwife', 'money', 'school']],
    ['a teenager: no baby topics', { who: ['secondary'] }, ['child-protection', 'money', 'school']],
    [
      'a baby and a teenager: both',
      { who: ['secondary', 'baby'] },
      ['child-protection', 'baby-care', 'midwife', 'money', 'school'],
    ],
  ])('%s', (_name, chosen, expected) => {
    expect(visibleOptions(guide, topicQuestion, chosen).map((o) => o.value)).toEqual(expected);
  });

  it.each<[string, GuideAnswers, string[]]>([
    ['no life stage chosen: every focus', {}, ['quarrel', 'papers', 'job']],
    ['a baby: no careers', { who: ['baby'] }, ['quarrel', 'papers']],
    ['a teenager: careers too', { who: ['secondary'] }, ['quarrel', 'papers', 'job']],
  ])('focus answers: %s', (_name, chosen, expected) => {
    expect(visibleOptions(guide, focusQuestion, chosen).map((o) => o.value)).toEqual(expected);
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
    [
      'a school problem: the focus topics, the results still those of school',
      { town: ['unna'], who: ['secondary'], topic: ['school'], 'in-school': ['quarrel'] },
      {
        municipality: 'unna',
        lifeStages: ['secondary'],
        topics: ['school'],
        focus: ['mental-health', 'parenting'],
      },
    ],
    [
      'the school follow-up skipped: the same answers as before it existed',
      { town: ['unna'], who: ['secondary'], topic: ['school'] },
      { municipality: 'unna', lifeStages: ['secondary'], topics: ['school'] },
    ],
    [
      'a focus counts only when its question is asked (school chosen)',
      { topic: ['money'], 'in-school': ['quarrel'] },
      { lifeStages: [], topics: ['money'] },
    ],
    [
      'an unknown focus value is ignored',
      { topic: ['school'], 'in-school': ['homework', '<script>'] },
      { lifeStages: [], topics: ['school'] },
    ],
    [
      'several focus answers (an edited link): each topic once',
      { topic: ['school'], 'in-school': ['papers', 'job'] },
      { lifeStages: [], topics: ['school'], focus: ['money', 'arrival-language', 'work-training'] },
    ],
  ])('%s', (_name, chosen, expected) => {
    expect(toMatchAnswers(guide, chosen)).toEqual(expected);
  });
});

describe('chosenFocusOptions', () => {
  it.each<[string, GuideAnswers, string[]]>([
    ['nothing chosen', {}, []],
    ['school and a focus', { topic: ['school'], 'in-school': ['quarrel'] }, ['Streit']],
    ['a focus whose topic is not chosen', { topic: ['money'], 'in-school': ['quarrel'] }, []],
    ['a value the question does not have', { topic: ['school'], 'in-school': ['homework'] }, []],
  ])('%s', (_name, chosen, expected) => {
    expect(chosenFocusOptions(guide, chosen).map((o) => o.label.de)).toEqual(expected);
  });
});
