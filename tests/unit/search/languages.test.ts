import { describe, expect, it } from 'vitest';
import { isStopWord, queryStems, stemIn } from '../../../src/domain/search/languages';

describe('stop words', () => {
  it.each([
    ['mit', 'de'],
    ['bei', 'de'],
    ['wer', 'de'],
    ['my', 'en'],
    ['all', 'en'],
    ['ve', 'tr'],
    ['и', 'ru'],
  ])('%s is a stop word in %s', (word, language) => {
    expect(isStopWord(word, language)).toBe(true);
    expect(isStopWord(word)).toBe(true);
  });

  it('keeps words that name what parents look for', () => {
    for (const word of ['kita', 'schulden', 'baby', 'night', 'hebamme']) expect(isStopWord(word)).toBe(false);
  });

  it('knows a stop word only in its own language when one is given', () => {
    expect(isStopWord('mit', 'en')).toBe(false);
  });
});

describe('stems', () => {
  it('brings inflected forms of one word together, per language', () => {
    expect(stemIn('Kinder', 'de')).toBe(stemIn('Kind', 'de'));
    expect(stemIn('debts', 'en')).toBe(stemIn('debt', 'en'));
    expect(stemIn('borçlarım', 'tr')).toBe(stemIn('borç', 'tr'));
    expect(stemIn('долги', 'ru')).toBe(stemIn('долг', 'ru'));
    expect(stemIn('copilului', 'ro')).toBe(stemIn('copil', 'ro'));
  });

  it('folds the stem like the index', () => {
    expect(stemIn('Schwangerschaftsberatung', 'de')).not.toMatch(/[äöüß]/);
  });

  it('leaves a word whole in a language without a stemmer', () => {
    expect(stemIn('Długi', 'pl')).toBe('dlugi');
  });

  it('tries the stemmers of the query word’s script, never lengthening the word', () => {
    expect(queryStems('borçlarım')).toContain('borc');
    expect(queryStems('долги')).toContain('долг');
    for (const stem of queryStems('Impfung')) expect(stem.length).toBeLessThanOrEqual('impfung'.length);
  });

  it('turns German verb forms into the stem of the infinitive', () => {
    expect(queryStems('geimpft')).toContain('impf');
    expect(queryStems('kifft')).toContain('kiff');
    expect(queryStems('impfen')).toContain('impf');
  });
});
