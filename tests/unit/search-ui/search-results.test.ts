/**
 * The search screen's list on the test region (tests/fixtures/region): the journeys from issue #5 as tables.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import { directoryEntries, type DirectoryEntry } from '../../../src/domain/guide/entries';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { createDirectorySearch, type DirectorySearch } from '../../../src/domain/search/search-index';
import { searchTopicLabels, searchTownNames, spokenLanguages, topicsBySector } from '../../../src/app/search/labels';
import { filtersAsAnswers, searchOutcome } from '../../../src/app/search/search-results';
import type { SearchState } from '../../../src/app/search/search-url';
import { answerLabel, publishedRegion, question } from '../../fixtures/region';

let directory: Directory;
let entries: DirectoryEntry[];
let search: DirectorySearch;
// A Tuesday morning in Berlin: most offices are open.
const context = { language: 'de', now: berlinMoment(new Date('2026-11-10T09:30:00+01:00')) };

beforeAll(() => {
  directory = publishedRegion();
  entries = directoryEntries(directory);
  search = createDirectorySearch(entries, searchTopicLabels(directory.guide), searchTownNames());
});

const ids = (state: SearchState) =>
  searchOutcome(entries, search, state, context).results.map((r) => r.entry.service.id);

describe('searchOutcome on the test region', () => {
  it.each([
    ['kita platz', { municipality: 'boenen' }, 'kfa-kita-vermittlung'],
    ['Froendenberg', {}, 'kfa-familienpunkt-froendenberg'],
    ['hebame', {}, 'hnt-hebammensuche'],
    ['Tagesmutter', { municipality: 'holzwickede' }, 'kfa-kita-vermittlung'],
  ])('"%s" with %j finds %s among the first five', (query, filters, expected) => {
    expect(ids({ query, filters }).slice(0, 5).includes(expected)).toBe(true);
  });

  it('finds parts of compounds: "beratung" finds Familienberatung, Schwangerschaftsberatung …', () => {
    const names = searchOutcome(entries, search, { query: 'beratung', filters: {} }, context).results.map(
      (r) => r.entry.service.name.de,
    );
    expect(names.some((name) => /Familienberatung/.test(name))).toBe(true);
    expect(names.filter((name) => /\p{L}beratung/u.test(name)).length).toBeGreaterThan(3);
  });

  it('a town filter keeps only services that cover the town', () => {
    const results = searchOutcome(
      entries,
      search,
      { query: 'beratung', filters: { municipality: 'luenen' } },
      context,
    ).results;
    expect(results.length).toBeGreaterThan(0);
    for (const { entry } of results) {
      const area = entry.service.serviceArea;
      expect(area.scope !== 'municipality' || area.municipalities.includes('luenen')).toBe(true);
    }
  });

  it.each([
    [{ free: true }, (e: DirectoryEntry) => e.service.flags.free === true],
    [{ language: 'ar' }, (e: DirectoryEntry) => e.service.languages.includes('ar')],
    [{ topic: 'midwife' }, (e: DirectoryEntry) => e.service.topics.includes('midwife')],
    [{ lifeStage: 'transition' }, (e: DirectoryEntry) => e.service.lifeStages.includes('transition')],
    [{ openNow: true }, (_e: DirectoryEntry, r: { status: { kind: string } }) => r.status.kind === 'open'],
  ])('filter %j narrows a search', (filters, holds) => {
    const all = searchOutcome(entries, search, { query: 'beratung', filters: {} }, context).results;
    const narrowed = searchOutcome(entries, search, { query: 'beratung', filters }, context).results;
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const result of narrowed) expect(holds(result.entry, result)).toBe(true);
  });

  it('a query without results is a result list that is empty (not idle)', () => {
    expect(searchOutcome(entries, search, { query: 'xylophonunterricht', filters: {} }, context)).toEqual({
      kind: 'results',
      results: [],
      grouped: false,
    });
  });

  it('nothing asked yet is idle', () => {
    expect(searchOutcome(entries, search, { query: '  ', filters: {} }, context).kind).toBe('idle');
  });

  it('filters without a query list everything that passes, grouped, responsible office first', () => {
    const outcome = searchOutcome(
      entries,
      search,
      { query: '', filters: { municipality: 'boenen', topic: 'childcare' } },
      context,
    );
    expect(outcome.grouped).toBe(true);
    expect(outcome.results[0]?.group).toBe('responsible');
    expect(outcome.results.every((r) => r.entry.service.topics.includes('childcare'))).toBe(true);
    expect(outcome.results.map((r) => r.entry.service.id)).toContain('kfa-kita-vermittlung');
  });
});

describe('labels', () => {
  it('groups all 18 topics under the 4 sectors, in parents’ words with an icon', () => {
    const sectors = topicsBySector(directory.guide);
    expect(sectors.map((s) => s.sector)).toEqual(['youth', 'health', 'education', 'work']);
    const topics = sectors.flatMap((s) => s.topics);
    expect(topics).toHaveLength(18);
    // Topics the guide words carry its icon; the test region's guide leaves some out (taxonomy names, no icon).
    const worded = new Set(question('topic').options.map((option) => option.value));
    expect(worded.size).toBeLessThan(18);
    expect(topics.filter((t) => worded.has(t.code)).every((t) => t.icon !== undefined)).toBe(true);
    expect(topics.find((t) => t.code === 'childcare')?.text.de).toBe(answerLabel('topic', 'childcare'));
  });

  it('falls back to the taxonomy names when the guide lacks a topic', () => {
    const topics = topicsBySector(undefined).flatMap((s) => s.topics);
    expect(topics.find((t) => t.code === 'childcare')?.text).toEqual({
      de: 'Kita und Kindertagespflege',
      en: 'Day care and childminders',
    });
  });

  it('makes every name of a topic searchable, in every language', () => {
    const words = searchTopicLabels(directory.guide).childcare ?? [];
    expect(words).toEqual(
      expect.arrayContaining([
        'Kita und Kindertagespflege',
        answerLabel('topic', 'childcare'),
        answerLabel('topic', 'childcare', 'en'),
      ]),
    );
  });

  it('lists spoken languages with German first', () => {
    expect(
      spokenLanguages([
        { service: { languages: ['tr', 'de'] } },
        { service: { languages: ['ku', 'ar', 'de'] } },
        { service: { languages: ['bg'] } },
      ]),
    ).toEqual(['de', 'ar', 'bg', 'ku', 'tr']);
  });

  it('uses the filters as guide answers', () => {
    expect(filtersAsAnswers({ municipality: 'werne', lifeStage: 'transition', free: true })).toEqual({
      municipality: 'werne',
      lifeStages: ['transition'],
      topics: [],
    });
  });
});
