/**
 * A focus (what a chosen topic is about in particular, e.g. a problem at school) ranks the services
 * that fit the answered topics by where they list the focus topics; it never adds or removes one.
 */
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/domain/guide/answers';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { rankResults } from '../../../src/domain/guide/rank';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { directory, organization, service } from './fixtures';

const tuesdayMorning = berlinMoment(new Date('2026-11-24T10:00+01:00'));
const stages = ['primary', 'secondary'] as const;

const entries = directoryEntries(
  directory([
    organization('kreis', [
      service('schulberatung', { topics: ['school', 'development'], lifeStages: [...stages] }),
      service('geld-fuer-schulsachen', { topics: ['money', 'school'], lifeStages: [...stages] }),
      service('berufsstart', { topics: ['work-training', 'school'], lifeStages: ['secondary'] }),
      service('familienberatung', {
        topics: ['parenting', 'separation', 'mental-health', 'school'],
        lifeStages: ['baby', 'toddler', 'preschool', ...stages],
      }),
      // Lists the focus topics but not school: a focus must never bring it in.
      service('elterntelefon', { topics: ['parenting', 'mental-health'], lifeStages: [...stages] }),
    ]),
    organization('stadt', [
      service('schulsozialarbeit', {
        topics: ['school', 'parenting', 'money'],
        lifeStages: [...stages],
        serviceArea: { scope: 'municipality', municipalities: ['unna'] },
      }),
    ]),
  ]),
);

const school: Answers = { municipality: 'unna', lifeStages: ['secondary'], topics: ['school'] };
const rank = (answers: Answers) =>
  rankResults(entries, answers, { now: tuesdayMorning }).map((r) => `${r.group}:${r.entry.service.id}`);

describe('a focus ranks by fit', () => {
  it('without a focus: school first where it is listed first, the broad counselling last', () => {
    expect(rank(school)).toEqual([
      'town:schulsozialarbeit',
      'kreis:schulberatung',
      'kreis:berufsstart',
      'kreis:geld-fuer-schulsachen',
      'kreis:familienberatung',
    ]);
  });

  it.each<[string, Answers['focus'], string[]]>([
    [
      'conflict and worries: the counselling that lists parenting first comes first of its group',
      ['mental-health', 'parenting'],
      [
        'town:schulsozialarbeit',
        'kreis:familienberatung',
        'kreis:schulberatung',
        'kreis:berufsstart',
        'kreis:geld-fuer-schulsachen',
      ],
    ],
    [
      'costs: the money service first of its group',
      ['money'],
      [
        'town:schulsozialarbeit',
        'kreis:geld-fuer-schulsachen',
        'kreis:schulberatung',
        'kreis:berufsstart',
        'kreis:familienberatung',
      ],
    ],
    [
      'a job after school: the training service first of its group',
      ['work-training'],
      [
        'town:schulsozialarbeit',
        'kreis:berufsstart',
        'kreis:schulberatung',
        'kreis:geld-fuer-schulsachen',
        'kreis:familienberatung',
      ],
    ],
  ])('%s; the groups keep their order', (_name, focus, expected) => {
    expect(rank({ ...school, focus })).toEqual(expected);
  });

  it('never widens or narrows: the same services with and without a focus', () => {
    for (const focus of [['mental-health', 'parenting'], ['money'], ['housing'], ['school']] as const) {
      const focused = rank({ ...school, focus: [...focus] });
      expect([...focused].sort()).toEqual([...rank(school)].sort());
      expect(focused).not.toContain('kreis:elterntelefon');
    }
  });

  it('does nothing without an answered topic (nothing to rank within)', () => {
    const noTopic: Answers = { municipality: 'unna', lifeStages: ['secondary'], topics: [] };
    expect(rank({ ...noTopic, focus: ['mental-health'] })).toEqual(rank(noTopic));
  });

  it('says which focus topics a service lists, leaving out those already answered as topics', () => {
    const ranked = rankResults(
      entries,
      { ...school, topics: ['school', 'parenting'], focus: ['mental-health', 'parenting'] },
      { now: tuesdayMorning },
    );
    const reasons = Object.fromEntries(ranked.map((r) => [r.entry.service.id, r.reasons]));
    expect(reasons['familienberatung']).toEqual({
      municipality: 'unna',
      lifeStages: ['secondary'],
      topics: ['school', 'parenting'],
      focus: ['mental-health'],
    });
    expect(reasons['schulberatung']).toEqual({ municipality: 'unna', lifeStages: ['secondary'], topics: ['school'] });
  });
});
