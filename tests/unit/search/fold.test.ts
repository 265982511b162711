import { describe, expect, it } from 'vitest';
import { compoundTails, foldTerm, tokenize } from '../../../src/domain/search/fold';

describe('foldTerm', () => {
  it.each([
    ['Fröndenberg', 'frondenberg'],
    ['Froendenberg', 'frondenberg'],
    ['Frondenberg', 'frondenberg'],
    ['FRÖNDENBERG', 'frondenberg'],
    ['Bönen', 'bonen'],
    ['Boenen', 'bonen'],
    ['Lünen', 'lunen'],
    ['Luenen', 'lunen'],
    ['Straße', 'strase'],
    ['Strasse', 'strase'],
    ['Mädchen', 'madchen'],
    ['Maedchen', 'madchen'],
    ['Doğum', 'dogum'], // Turkish
    ['Kadın', 'kadin'], // Turkish dotless i
    ['café', 'cafe'],
    ['вагітність', 'вагітність'], // Ukrainian keeps its letters
    ['Ёлка', 'елка'], // Russian ё folds to е
    ['مُسَاعَدَة', 'مساعده'], // Arabic short vowels dropped, ta marbuta as ha
    ['الأطفال', 'اطفال'], // article dropped, hamza on alif folded
    ['للأطفال', 'اطفال'], // "for the"
    ['کودک', 'كودك'], // Persian kaf
    ['بدهی', 'بدهي'], // Persian ya
    ['إعاقة', 'اعاقه'],
    ['ال', 'ال'], // too short to be an article with a word
  ])('%s → %s', (input, expected) => {
    expect(foldTerm(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it.each([
    ['Kita-Platz in Bönen', ['Kita', 'Platz', 'in', 'Bönen']],
    ['0800 111 0 550', ['0800', '111', '0', '550']],
    ['  Hilfe!  Jetzt?', ['Hilfe', 'Jetzt']],
    ['مساعدة الأسرة', ['مساعدة', 'الأسرة']],
  ])('%s', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });
});

describe('compoundTails', () => {
  it('gives the tails of a long compound, so an inner part can be found by prefix', () => {
    const tails = compoundTails(foldTerm('Erziehungsberatungsstelle'));
    expect(tails).toContain('beratungstelle');
    expect(tails).toContain('stelle');
    expect(tails.every((t) => t.length >= 5)).toBe(true);
  });

  it('leaves short words alone', () => {
    expect(compoundTails('kita')).toEqual([]);
    expect(compoundTails('hilfe')).toEqual([]);
  });
});
