/** The mechanisms of the search's one scoring, the town in the query, and the editorial vocabulary. */
import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { createDirectorySearch } from '../../../src/domain/search/search-index';
import { directory, organization, service } from '../guide/fixtures';

const entries = directoryEntries(
  directory([
    organization('verein', [
      service('treff-sonnenhof', {
        name: { de: 'Treffpunkt Sonnenhof für Familien in Ahlen' },
        summary: { de: 'Kaffee und Gespräche, auch über Erziehung.' },
        serviceArea: { scope: 'municipality', municipalities: ['ahlen'] },
        topics: ['family-meeting'],
      }),
      service('beratung-kreis', {
        name: { de: 'Erziehungsberatung im ganzen Kreis' },
        summary: { de: 'Beratung bei Erziehungsfragen, Streit und Trennung.' },
        keywords: { de: ['Erziehungsberatung', 'Familienberatung'] },
        topics: ['parenting'],
      }),
      service('drogenhilfe', {
        name: { de: 'Sucht- und Drogenberatung' },
        summary: { de: 'Hilfe bei Alkohol, Cannabis und anderen Drogen.' },
        topics: ['mental-health'],
      }),
      service('kita-ahlen', {
        name: { de: 'Kita-Platz in Ahlen' },
        serviceArea: { scope: 'municipality', municipalities: ['ahlen'] },
        topics: ['childcare'],
      }),
      service('kita-berghausen', {
        name: { de: 'Kita-Platz in Berghahlen' },
        serviceArea: { scope: 'municipality', municipalities: ['berghahlen'] },
        topics: ['childcare'],
      }),
      service('geldberatung', {
        name: { de: 'Schuldnerberatung' },
        summary: { de: 'Wenn die Rechnungen nicht mehr bezahlt werden können.' },
        topics: ['money'],
      }),
      service('wohngeld', {
        name: { de: 'Wohngeld' },
        summary: { de: 'Zuschuss zur Miete.' },
        topics: ['money', 'housing'],
      }),
      service('nachtcafe', {
        name: { de: 'Nachtcafé mit Gesprächen' },
        summary: { de: 'Wer nicht schlafen kann, ist hier willkommen.' },
        topics: ['family-meeting'],
      }),
      service('impfstelle', {
        name: { de: 'Impfen beim Gesundheitsamt' },
        topics: ['health-checkups'],
      }),
    ]),
  ]),
);

const towns = { ahlen: 'Ahlen', berghahlen: 'Berghahlen' };
const vocabulary = [
  { words: { de: ['Schulden', 'Schuldnerberatung'], ru: ['долги'], pl: ['długi'], fa: ['بدهی'] } },
  { topics: ['housing'], words: { de: ['Mietzuschuss'], ro: ['chirie'] } },
];
const search = createDirectorySearch(entries, {}, towns, vocabulary);
const ids = (query: string) => search.search(query).map((hit) => hit.entry.service.id);

describe('one scoring', () => {
  it('puts a strong match of one word above a weak match of every word', () => {
    // "Treffpunkt … Ahlen" mentions Erziehung once; the counselling service is all about it.
    const withoutTown = createDirectorySearch(entries);
    const found = withoutTown.search('erziehungsberatung familien').map((h) => h.entry.service.id);
    expect(found[0]).toBe('beratung-kreis');
    expect(found).toContain('treff-sonnenhof');
  });

  it('still finds services that match only some of the words', () => {
    expect(ids('hebamme schulden')).toContain('geldberatung');
  });

  it('ranks a service matching every word above one matching some', () => {
    expect(ids('kita platz')[0]?.startsWith('kita-')).toBe(true);
  });
});

describe('the query side', () => {
  it('splits a compound that the index does not know into parts it knows', () => {
    expect(ids('suchtberatung')[0]).toBe('drogenhilfe');
    expect(ids('kitaplatz')).toEqual(expect.arrayContaining(['kita-ahlen', 'kita-berghausen']));
  });

  it('does not let stop words match names ("mit", "wer", "nicht")', () => {
    expect(ids('mit')).toEqual([]); // the index leaves German stop words out of German texts
    expect(ids('wer kann mir helfen impfen')).toEqual(['impfstelle']);
  });

  it('leaves a filler such as "Hilfe" out of a query with other words, but finds it alone', () => {
    expect(ids('hilfe impfen')).toEqual(ids('impfen'));
    expect(ids('hilfe')).toContain('drogenhilfe');
  });

  it('meets inflected forms through stems', () => {
    expect(ids('geimpft')).toEqual(['impfstelle']);
  });
});

describe('a town in the query', () => {
  it('becomes the town filter and keeps Kreis-wide services', () => {
    const found = ids('erziehungsberatung ahlen');
    expect(found[0]).toBe('beratung-kreis');
    expect(found).not.toContain('kita-berghausen');
  });

  it('matches whole town names only: "ahlen" is not the tail of "Berghahlen"', () => {
    expect(ids('kita ahlen')).toEqual(['kita-ahlen']);
    expect(search.townOf('kita ahlen')).toBe('ahlen');
    expect(search.townOf('kita berghahlen')).toBe('berghahlen');
  });

  it('lists the town’s own services first when the query is only a town', () => {
    const found = ids('Ahlen');
    expect(found.slice(0, 2).sort()).toEqual(['kita-ahlen', 'treff-sonnenhof']);
    expect(found).toContain('beratung-kreis');
    expect(found).not.toContain('kita-berghausen');
  });
});

describe('the editorial vocabulary', () => {
  it('leads words in other languages to the German words of their entry', () => {
    expect(ids('долги')[0]).toBe('geldberatung');
    expect(ids('dlugi')[0]).toBe('geldberatung');
    expect(ids('بدهی')[0]).toBe('geldberatung');
  });

  it('gives every service of an entry’s topics its words', () => {
    expect(ids('chirie')).toEqual(['wohngeld']);
  });

  it('finds nothing through a word that no entry and no service has', () => {
    expect(ids('zahnarzt')).toEqual([]);
  });
});

describe('a long query', () => {
  it('means a word typed many times once', () => {
    const many = `${'kitaplatz suchtberatung '.repeat(40)}impfen`;
    expect(ids(many)).toEqual(ids('kitaplatz suchtberatung impfen'));
    expect(ids(many).length).toBeGreaterThan(0);
  });
});
