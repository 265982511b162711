import { describe, expect, it } from 'vitest';
import type { ServiceArea } from '../../../src/domain/directory/schema';
import type { Answers } from '../../../src/domain/guide/answers';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { coversMunicipality, matchEntry } from '../../../src/domain/guide/match';
import { directory, organization, service } from './fixtures';

describe('coversMunicipality', () => {
  const twoTowns: ServiceArea = { scope: 'municipality', municipalities: ['kamen', 'bergkamen'] };
  it.each<[ServiceArea, string, boolean]>([
    [twoTowns, 'kamen', true],
    [twoTowns, 'bergkamen', true],
    [twoTowns, 'unna', false],
    [{ scope: 'kreis' }, 'selm', true],
    [{ scope: 'national' }, 'werne', true],
  ])('%j covers %s: %s', (area, town, expected) => {
    expect(coversMunicipality(area, town as never)).toBe(expected);
  });
});

describe('matchEntry', () => {
  const [entry] = directoryEntries(
    directory([
      organization('org', [
        service('kita-vergabe-kamen', {
          serviceArea: { scope: 'municipality', municipalities: ['kamen'] },
          lifeStages: ['toddler', 'preschool'],
          topics: ['childcare', 'money'],
        }),
      ]),
    ]),
  );

  it.each<[string, Answers, ReturnType<typeof matchEntry>]>([
    ['nothing answered', { lifeStages: [], topics: [] }, { lifeStages: [], topics: [] }],
    [
      'all fits',
      { municipality: 'kamen', lifeStages: ['toddler'], topics: ['childcare'] },
      { municipality: 'kamen', lifeStages: ['toddler'], topics: ['childcare'] },
    ],
    ['other town', { municipality: 'unna', lifeStages: [], topics: [] }, undefined],
    ['wrong age', { lifeStages: ['secondary'], topics: [] }, undefined],
    ['wrong topic', { lifeStages: [], topics: ['housing'] }, undefined],
    [
      'two children, one fits',
      { lifeStages: ['baby', 'preschool'], topics: [] },
      { lifeStages: ['preschool'], topics: [] },
    ],
    [
      'two topics, both fit',
      { lifeStages: [], topics: ['money', 'childcare', 'school'] },
      { lifeStages: [], topics: ['money', 'childcare'] },
    ],
  ])('%s', (_name, answers, expected) => {
    expect(matchEntry(entry!, answers)).toEqual(expected);
  });
});

describe('directoryEntries', () => {
  it('resolves each service’s locations and numbers entries in directory order', () => {
    const entries = directoryEntries(
      directory([
        organization('a', [service('a-1', { locationIds: ['a-ort-2'] }), service('a-2')], {
          locations: [
            { id: 'a-ort-1', address: { street: 'Markt 1', postalCode: '59423', city: 'Unna' } },
            { id: 'a-ort-2', address: { street: 'Markt 2', postalCode: '59423', city: 'Unna' } },
          ],
        }),
        organization('b', [service('b-1')]),
      ]),
    );
    expect(entries.map((e) => [e.service.id, e.organization.id, e.order])).toEqual([
      ['a-1', 'a', 0],
      ['a-2', 'a', 1],
      ['b-1', 'b', 2],
    ]);
    expect(entries[0]!.locations.map((l) => l.id)).toEqual(['a-ort-2']);
  });
});
