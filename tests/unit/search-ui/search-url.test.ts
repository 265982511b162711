import { describe, expect, it } from 'vitest';
import { activeFilterCount, MAX_QUERY_LENGTH, parseSearchState, searchUrl } from '../../../src/app/search/search-url';

describe('parseSearchState', () => {
  it.each([
    [{}, { query: '', filters: {} }],
    [{ q: 'kita platz' }, { query: 'kita platz', filters: {} }],
    [
      { q: 'hebame', town: 'boenen', stage: 'baby', topic: 'midwife', speaks: 'tr', open: '1', free: '1' },
      {
        query: 'hebame',
        filters: {
          municipality: 'boenen',
          lifeStage: 'baby',
          topic: 'midwife',
          language: 'tr',
          openNow: true,
          free: true,
        },
      },
    ],
    // Unknown codes are dropped, not trusted.
    [
      { town: 'dortmund', stage: 'oldie', topic: 'cars', speaks: 'klingon' },
      { query: '', filters: {} },
    ],
    [
      { open: 'yes', free: '0' },
      { query: '', filters: {} },
    ],
    [{ speaks: 'AR' }, { query: '', filters: { language: 'ar' } }],
  ])('%j', (query, expected) => {
    expect(parseSearchState(query)).toEqual(expected);
  });

  it('cuts an overlong query', () => {
    expect(parseSearchState({ q: 'a'.repeat(5000) }).query).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('never reads the app language (?lang=) as the spoken-language filter', () => {
    expect(parseSearchState({ lang: 'ar' }).filters).toEqual({});
  });
});

describe('searchUrl', () => {
  it.each([
    [{ query: '', filters: {} }, '/suche'],
    [{ query: '   ', filters: {} }, '/suche'],
    [{ query: 'kita platz', filters: { municipality: 'boenen' } }, '/suche?q=kita+platz&town=boenen'],
    [{ query: 'Fröndenberg', filters: {} }, '/suche?q=Fr%C3%B6ndenberg'],
    [
      {
        query: '',
        filters: { lifeStage: 'baby', topic: 'midwife', language: 'tr', openNow: true, free: true },
      },
      '/suche?stage=baby&topic=midwife&speaks=tr&open=1&free=1',
    ],
  ])('%j → %s', (state, url) => {
    expect(searchUrl(state)).toBe(url);
  });

  it('round-trips through the address', () => {
    const state = {
      query: 'schulden & miete',
      filters: { municipality: 'luenen', lifeStage: 'secondary', topic: 'money', language: 'ar', free: true },
    };
    const url = new URL(searchUrl(state), 'http://localhost');
    expect(parseSearchState(Object.fromEntries(url.searchParams))).toEqual(state);
  });
});

describe('activeFilterCount', () => {
  it.each([
    [{}, 0],
    [{ municipality: 'unna' }, 1],
    [{ municipality: 'unna', openNow: true, free: false }, 2],
    [{ municipality: 'unna', lifeStage: 'baby', topic: 'midwife', language: 'tr', openNow: true, free: true }, 6],
  ])('%j → %i', (filters, count) => {
    expect(activeFilterCount(filters)).toBe(count);
  });
});
