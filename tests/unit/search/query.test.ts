import { describe, expect, it } from 'vitest';
import { parseQuery, townLookup } from '../../../src/domain/search/query';

const towns = townLookup({ kamen: 'Kamen', bergkamen: 'Bergkamen', boenen: 'Bönen', froendenberg: 'Fröndenberg/Ruhr' });

describe('parseQuery', () => {
  it.each<[string, string | undefined, string[]]>([
    ['kita kamen', 'kamen', ['kita']],
    ['Kita in Bergkamen', 'bergkamen', ['Kita']],
    ['wohngeld boenen', 'boenen', ['wohngeld']],
    ['wohngeld Bönen', 'boenen', ['wohngeld']],
    ['Froendenberg', 'froendenberg', []],
    ['bogen', undefined, ['bogen']], // a word close to "Bönen" is no town
    ['bergkamener kita', undefined, ['bergkamener', 'kita']], // whole words only
    ['mein sohn kifft', undefined, ['sohn', 'kifft']],
    ['my baby cries all night', undefined, ['baby', 'cries', 'night']],
  ])('%s', (query, town, words) => {
    const parsed = parseQuery(query, towns);
    expect(parsed.town).toBe(town);
    expect(parsed.words).toEqual(words);
  });

  it('keeps each word once', () => {
    expect(parseQuery('Kita kita KITA platz', towns).words).toEqual(['Kita', 'platz']);
  });

  it('keeps stop words when nothing else is left', () => {
    expect(parseQuery('wer', towns).words).toEqual(['wer']);
  });

  it('takes the first town as the filter and keeps a second one as a word', () => {
    expect(parseQuery('kamen bönen', towns)).toEqual({ town: 'kamen', words: ['bönen'] });
  });
});
