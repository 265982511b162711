import { describe, expect, it } from 'vitest';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { passesFilters } from '../../../src/domain/search/filters';
import { createDirectorySearch } from '../../../src/domain/search/search-index';
import { directory, organization, service } from '../guide/fixtures';

const entries = directoryEntries(
  directory([
    organization(
      'caritas',
      [
        service('erziehungsberatung-unna', {
          name: {
            de: 'Erziehungsberatungsstelle Unna',
            en: 'Family counselling centre Unna',
            tr: 'Aile danışma merkezi',
          },
          serviceArea: { scope: 'municipality', municipalities: ['unna'] },
          topics: ['parenting'],
          languages: ['de', 'tr'],
          flags: { free: true },
        }),
      ],
      { name: { de: 'Caritasverband für den Kreis Unna' } },
    ),
    organization('gesundheitsamt', [
      service('hebammenzentrale', {
        name: { de: 'Hebammenzentrale Kreis Unna', ar: 'مركز القابلات', uk: 'Центр акушерок' },
        summary: {
          de: 'Wir helfen Ihnen, eine Hebamme zu finden.',
          uk: 'Допоможемо знайти акушерку під час вагітності.',
        },
        topics: ['midwife', 'pregnancy-birth'],
        lifeStages: ['pregnancy', 'baby'],
      }),
    ]),
    organization('kreisjugendamt', [
      service('kita-platz-boenen', {
        name: { de: 'Kita-Platz-Vergabe Bönen' },
        summary: { de: 'Sie suchen einen Platz in der Kita oder bei einer Tagesmutter?' },
        keywords: { de: ['Kindergarten', 'Krippe', 'Betreuungsplatz'] },
        serviceArea: { scope: 'municipality', municipalities: ['boenen'] },
        topics: ['childcare'],
        lifeStages: ['toddler', 'preschool'],
        schedules: [{ weekly: [{ days: ['tu'], opens: '09:00', closes: '12:00' }], holidays: 'closed' }],
      }),
      service('strassensozialarbeit', {
        name: { de: 'Straßensozialarbeit Fröndenberg' },
        serviceArea: { scope: 'municipality', municipalities: ['froendenberg'] },
        lifeStages: ['secondary', 'transition'],
      }),
    ]),
  ]),
);

const search = createDirectorySearch(
  entries,
  { childcare: ['Kita und Kindertagespflege', 'Day care and childminders'], midwife: ['Hebamme und Familienhebamme'] },
  { boenen: 'Bönen', unna: 'Unna', froendenberg: 'Fröndenberg/Ruhr' },
);
const top = (query: string) => search.search(query)[0]?.entry.service.id;
const all = (query: string) => search.search(query).map((r) => r.entry.service.id);

describe('directory search', () => {
  it.each([
    ['Hebamme', 'hebammenzentrale'],
    ['hebame', 'hebammenzentrale'], // typo
    ['hebamen', 'hebammenzentrale'], // typo
    ['beratung', 'erziehungsberatung-unna'], // part of a compound
    ['erziehung', 'erziehungsberatung-unna'],
    ['kita platz', 'kita-platz-boenen'],
    ['kitaplatz boenen', 'kita-platz-boenen'],
    ['kindergarten', 'kita-platz-boenen'], // synonym
    ['tagesmutter', 'kita-platz-boenen'],
    ['Day care', 'kita-platz-boenen'], // topic name in English
    ['Froendenberg', 'strassensozialarbeit'],
    ['Frondenberg', 'strassensozialarbeit'],
    ['strasse', 'strassensozialarbeit'],
    ['Caritas', 'erziehungsberatung-unna'], // organization name
    ['danışma', 'erziehungsberatung-unna'], // Turkish
    ['danisma', 'erziehungsberatung-unna'], // Turkish without its letters
    ['القابلات', 'hebammenzentrale'], // Arabic
    ['акушерку', 'hebammenzentrale'], // Ukrainian, inflected
  ])('%s → %s', (query, expected) => {
    expect(top(query)).toBe(expected);
  });

  it.each(['', '   ', '?!'])('an empty query %j finds nothing', (query) => {
    expect(search.search(query)).toEqual([]);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(all('zahnarzt')).toEqual([]);
  });

  it('falls back to any word when not every word matches', () => {
    expect(all('hebamme zahnarzt')).toEqual(['hebammenzentrale']);
  });
});

describe('passesFilters', () => {
  const tuesday10 = berlinMoment(new Date('2026-11-24T10:00+01:00'));
  const byId = (id: string) => entries.find((e) => e.service.id === id)!;

  it.each<[string, Parameters<typeof passesFilters>[1], string[]]>([
    ['no filters', {}, ['erziehungsberatung-unna', 'hebammenzentrale', 'kita-platz-boenen', 'strassensozialarbeit']],
    ['town Bönen (Kreis-wide services too)', { municipality: 'boenen' }, ['hebammenzentrale', 'kita-platz-boenen']],
    ['life stage pregnancy', { lifeStage: 'pregnancy' }, ['hebammenzentrale']],
    ['topic childcare', { topic: 'childcare' }, ['kita-platz-boenen']],
    ['speaks Turkish', { language: 'tr' }, ['erziehungsberatung-unna']],
    ['free of charge', { free: true }, ['erziehungsberatung-unna']],
    ['open now', { openNow: true }, ['kita-platz-boenen']],
  ])('%s', (_name, filters, expected) => {
    const ids = entries.filter((e) => passesFilters(e, filters, tuesday10)).map((e) => e.service.id);
    expect(ids).toEqual(expected);
    expect(byId(expected[0]!)).toBeDefined();
  });
});
