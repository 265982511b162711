import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Guide } from '../../../src/domain/directory/guide-schema';
import { answersQuery, readAnswers, toggleValue, withAnswer } from '../../../src/app/guide/answers-url';

/** The real questions from directory/guide.yaml: town (single), who and topic (several), danger (follow-up). */
const guide = parse(readFileSync(join(import.meta.dirname, '../../../directory/guide.yaml'), 'utf8')) as Guide;

describe('readAnswers', () => {
  it.each([
    ['', {}],
    ['?town=holzwickede', { town: ['holzwickede'] }],
    ['?town=holzwickede&who=baby', { town: ['holzwickede'], who: ['baby'] }],
    ['?who=baby,toddler&topic=baby-care', { who: ['baby', 'toddler'], topic: ['baby-care'] }],
    ['?who=baby&who=toddler', { who: ['baby', 'toddler'] }],
    ['?who=baby,baby', { who: ['baby'] }],
    ['?town=unna,kamen', { town: ['unna'] }],
    ['?town=Holzwickede', { town: ['holzwickede'] }],
    ['?lang=en&town=werne&utm=x', { town: ['werne'] }],
    ['?topic=child-protection&danger=yes', { topic: ['child-protection'], danger: ['yes'] }],
    ['?town=<script>&who=,,', {}],
    ['?who=%20baby%20', { who: ['baby'] }],
  ])('%s', (search, answers) => {
    expect(readAnswers(guide, search)).toEqual(answers);
  });
});

describe('answersQuery', () => {
  it.each([
    [{}, ''],
    [{ town: ['holzwickede'], who: ['baby'] }, '?town=holzwickede&who=baby'],
    [{ who: ['toddler', 'preschool'], town: ['kamen'] }, '?town=kamen&who=toddler,preschool'],
    [{ town: [], topic: ['child-protection'], danger: ['yes'] }, '?topic=child-protection&danger=yes'],
    [{ unknown: ['x'] }, ''],
  ])('%j → %s', (answers, query) => {
    expect(answersQuery(guide, answers)).toBe(query);
  });

  it('round-trips: a link read back gives the same answers', () => {
    const answers = {
      town: ['luenen'],
      who: ['baby', 'toddler'],
      topic: ['baby-care', 'child-protection'],
      danger: ['no'],
    };
    expect(readAnswers(guide, answersQuery(guide, answers))).toEqual(answers);
  });
});

describe('withAnswer and toggleValue', () => {
  it('replaces one answer, and removes it when skipped', () => {
    const answers = { town: ['unna'], who: ['baby'] };
    expect(withAnswer(answers, 'who', ['toddler'])).toEqual({ town: ['unna'], who: ['toddler'] });
    expect(withAnswer(answers, 'who', [])).toEqual({ town: ['unna'] });
    expect(answers).toEqual({ town: ['unna'], who: ['baby'] }); // unchanged
  });

  it.each([
    [[], 'baby', ['baby']],
    [['baby'], 'toddler', ['baby', 'toddler']],
    [['baby', 'toddler'], 'baby', ['toddler']],
  ])('%j toggling %s → %j', (values, value, result) => {
    expect(toggleValue(values, value)).toEqual(result);
  });
});
