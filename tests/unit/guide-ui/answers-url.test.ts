import { describe, expect, it } from 'vitest';
import { answersQuery, readAnswers, toggleValue, withAnswer } from '../../../src/app/guide/answers-url';
import { toMatchAnswers } from '../../../src/domain/guide/flow';
import { guide, question } from '../../fixtures/region';

/**
 * The test region's questions (tests/fixtures/region/guide.yaml): town (single), who and topic
 * (several), danger and the school focus (follow-ups). The address uses their ids, whatever a region calls them.
 */
const [T, W, P, D, F] = [
  question('municipality'),
  question('life-stage'),
  question('topic'),
  question('urgent'),
  question('focus'),
].map((q) => q.id) as [string, string, string, string, string];
const [focusA, focusB] = question('focus').options.map((o) => o.value) as [string, string];

describe('readAnswers', () => {
  it.each([
    ['', {}],
    [`?${T}=holzwickede`, { [T]: ['holzwickede'] }],
    [`?${T}=holzwickede&${W}=baby`, { [T]: ['holzwickede'], [W]: ['baby'] }],
    [`?${W}=baby,toddler&${P}=baby-care`, { [W]: ['baby', 'toddler'], [P]: ['baby-care'] }],
    [`?${W}=baby&${W}=toddler`, { [W]: ['baby', 'toddler'] }],
    [`?${W}=baby,baby`, { [W]: ['baby'] }],
    [`?${T}=unna,kamen`, { [T]: ['unna'] }],
    [`?${T}=Holzwickede`, { [T]: ['holzwickede'] }],
    [`?lang=en&${T}=werne&utm=x`, { [T]: ['werne'] }],
    [`?${P}=child-protection&${D}=yes`, { [P]: ['child-protection'], [D]: ['yes'] }],
    [`?${T}=<script>&${W}=,,`, {}],
    [`?${W}=%20baby%20`, { [W]: ['baby'] }],
    [`?${P}=school&${F}=${focusA}`, { [P]: ['school'], [F]: [focusA] }],
    // One focus answer (a single-choice question); malformed values never reach the answers.
    [`?${P}=school&${F}=${focusB},${focusA}`, { [P]: ['school'], [F]: [focusB] }],
    [`?${P}=school&${F}=%3Cscript%3E,%C3%BC,-x`, { [P]: ['school'] }],
  ])('%s', (search, answers) => {
    expect(readAnswers(guide, search)).toEqual(answers);
  });

  it.each([
    ['an unknown focus value', `?${P}=school&${F}=something-else`, { lifeStages: [], topics: ['school'] }],
    [
      'a focus without its topic (an old or edited link)',
      `?${P}=money&${F}=${focusA}`,
      { lifeStages: [], topics: ['money'] },
    ],
    [
      'a link from before the focus question',
      `?${T}=unna&${P}=school`,
      { municipality: 'unna', lifeStages: [], topics: ['school'] },
    ],
  ])('%s: read and matched as if the focus were skipped', (_name, search, expected) => {
    expect(toMatchAnswers(guide, readAnswers(guide, search))).toEqual(expected);
  });
});

describe('answersQuery', () => {
  it.each([
    [{}, ''],
    [{ [T]: ['holzwickede'], [W]: ['baby'] }, `?${T}=holzwickede&${W}=baby`],
    [{ [W]: ['toddler', 'preschool'], [T]: ['kamen'] }, `?${T}=kamen&${W}=toddler,preschool`],
    [{ [T]: [], [P]: ['child-protection'], [D]: ['yes'] }, `?${P}=child-protection&${D}=yes`],
    [{ unknown: ['x'] }, ''],
  ])('%j → %s', (answers, query) => {
    expect(answersQuery(guide, answers)).toBe(query);
  });

  it('round-trips: a link read back gives the same answers', () => {
    const answers = {
      [T]: ['luenen'],
      [W]: ['baby', 'toddler'],
      [P]: ['baby-care', 'child-protection', 'school'],
      [D]: ['no'],
      [F]: [focusA],
    };
    expect(readAnswers(guide, answersQuery(guide, answers))).toEqual(answers);
  });
});

describe('withAnswer and toggleValue', () => {
  it('replaces one answer, and removes it when skipped', () => {
    const answers = { [T]: ['unna'], [W]: ['baby'] };
    expect(withAnswer(answers, W, ['toddler'])).toEqual({ [T]: ['unna'], [W]: ['toddler'] });
    expect(withAnswer(answers, W, [])).toEqual({ [T]: ['unna'] });
    expect(answers).toEqual({ [T]: ['unna'], [W]: ['baby'] }); // unchanged
  });

  it.each([
    [[], 'baby', ['baby']],
    [['baby'], 'toddler', ['baby', 'toddler']],
    [['baby', 'toddler'], 'baby', ['toddler']],
  ])('%j toggling %s → %j', (values, value, result) => {
    expect(toggleValue(values, value)).toEqual(result);
  });
});
