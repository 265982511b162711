import { describe, expect, it } from 'vitest';
import { parseDirectory, type Directory } from '../../../src/domain/directory/schema';
import { JoinError } from '../../../src/domain/publication/by-language';
import { bucketCount, bucketOf, joinDirectory, splitDirectory } from '../../../src/domain/publication/parts';
import { publishedRegion } from '../../fixtures/region';

const directory = publishedRegion();
const stamp = { version: directory.meta.version, generatedAt: directory.meta.generatedAt };
const texts = (split: ReturnType<typeof splitDirectory>, languages: string[]) =>
  new Map([...split.texts].filter(([language]) => languages.includes(language)));

describe('the directory in parts', () => {
  it('joins all parts with all languages back into exactly the published directory', () => {
    const split = splitDirectory(directory);
    const joined = joinDirectory(split.shared, split.texts, stamp);
    expect(joined).toEqual(directory);
    expect(parseDirectory(joined)).toMatchObject({ ok: true });
  });

  it('with German only, every text is German and the directory still passes the phone check', () => {
    const split = splitDirectory(directory);
    const joined = joinDirectory(split.shared, new Map(), stamp) as Directory;
    expect(parseDirectory(joined)).toMatchObject({ ok: true });
    const service = joined.organizations[0]!.services[0]!;
    expect(Object.keys(service.name)).toEqual(['de']);
    expect(service.name.de).toBe(directory.organizations[0]!.services[0]!.name.de);
  });

  it('with one language, that language is there and no other', () => {
    const split = splitDirectory(directory);
    const joined = joinDirectory(split.shared, texts(split, ['en']), stamp) as Directory;
    const languagesSeen = new Set(joined.organizations.flatMap((o) => o.services.flatMap((s) => Object.keys(s.name))));
    expect([...languagesSeen].sort()).toEqual(['de', 'en']);
    // The head (meta, the guide's questions) is kept in every language: a family answers them first, in any language.
    expect(joined.meta.title).toEqual(directory.meta.title);
    expect(joined.guide).toEqual(directory.guide);
  });

  it('puts each organization in the same bucket in every build, and one change touches one part', () => {
    const split = splitDirectory(directory, 4);
    const changed = structuredClone(directory);
    const target = changed.organizations[1]!;
    target.services[0]!.summary.de = 'Geänderte Zusammenfassung';
    const after = splitDirectory(changed, 4);
    const differing = split.shared.map((part, i) => JSON.stringify(part) !== JSON.stringify(after.shared[i]));
    expect(differing.filter(Boolean)).toHaveLength(1);
    expect(differing[1 + bucketOf(target.id, 4)]).toBe(true);
    for (const [language, parts] of split.texts) expect(after.texts.get(language)).toEqual(parts);
  });

  it('a new publication of unchanged content changes no part: version and time travel in the manifest', () => {
    const later = publishedRegion(new Date('2026-12-24T09:00:00Z'));
    expect(later.meta.generatedAt).not.toBe(directory.meta.generatedAt);
    expect(JSON.stringify(splitDirectory(later))).toBe(JSON.stringify(splitDirectory(directory)));
    const split = splitDirectory(later);
    const joined = joinDirectory(split.shared, split.texts, {
      version: later.meta.version,
      generatedAt: later.meta.generatedAt,
    });
    expect(joined).toEqual(later);
  });

  it('refuses a language part that does not fit the shared parts', () => {
    const split = splitDirectory(directory, 4);
    const english = split.texts.get('en')!;
    expect(() => joinDirectory(split.shared, new Map([['en', [...english, []]]]), stamp)).toThrow(JoinError);
    const shifted = new Map([['en', [english[1]!, english[0]!, ...english.slice(2)]]] as const);
    expect(() => joinDirectory(split.shared, shifted, stamp)).toThrow(JoinError);
  });

  it('chooses about 16 organizations per bucket, between 4 and 32 buckets', () => {
    expect(bucketCount(10)).toBe(4);
    expect(bucketCount(84)).toBe(8);
    expect(bucketCount(500)).toBe(32);
    expect(bucketCount(5000)).toBe(32);
    // Ids spread over every bucket, each in range.
    const used = new Set(Array.from({ length: 200 }, (_, i) => bucketOf(`stelle-${i}`, 8)));
    expect([...used].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });
});
