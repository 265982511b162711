import { describe, expect, it } from 'vitest';
import { splitCompound } from '../../../src/domain/search/compound';

const vocabulary = new Set([
  'kita',
  'platz',
  'sucht',
  'beratung',
  'jugend',
  'notdienst',
  'erziehung',
  'stelle',
  'haus',
]);
const known = (part: string) => vocabulary.has(part);

describe('splitCompound', () => {
  it.each([
    ['kitaplatz', ['kita', 'platz']],
    ['suchtberatung', ['sucht', 'beratung']],
    ['jugendnotdienst', ['jugend', 'notdienst']],
    ['erziehungsberatung', ['erziehung', 'beratung']], // linking s
    ['erziehungsberatungsstelle', ['erziehung', 'beratung', 'stelle']],
  ])('%s → %j', (word, parts) => {
    expect(splitCompound(word, known)).toEqual(parts);
  });

  it('leaves a word alone that has no known parts, or only one', () => {
    expect(splitCompound('zahnarzt', known)).toBeUndefined();
    expect(splitCompound('kitax', known)).toBeUndefined();
    expect(splitCompound('kita', known)).toBeUndefined();
  });

  it('prefers fewer parts', () => {
    const withShort = new Set(['kinder', 'kind', 'garten', 'ergarten']);
    expect(splitCompound('kindergarten', (p) => withShort.has(p))).toEqual(['kinder', 'garten']);
  });

  it('does not split into more than three parts', () => {
    const tiny = new Set(['abc', 'def', 'ghi', 'jkl']);
    expect(splitCompound('abcdefghijkl', (p) => tiny.has(p))).toBeUndefined();
  });
});
