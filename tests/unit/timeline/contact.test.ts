import { describe, expect, it } from 'vitest';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { matchTable } from '../../../src/domain/guide/match-table';
import { rankResults } from '../../../src/domain/guide/rank';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import { contactsFor } from '../../../src/domain/timeline/contact';
import { coversTown, publishedRegion } from '../../fixtures/region';

const directory = publishedRegion();
const entries = directoryEntries(directory);
const now = berlinMoment(new Date('2026-11-04T10:00:00Z'));
const ids = (results: { entry: { service: { id: string } } }[]) => results.map((r) => r.entry.service.id);

describe("a timeline item's contacts come from the guide's own ranking", () => {
  it.each(['luenen', 'unna', 'boenen'])('in %s: the same order as the results for that topic and age', (town) => {
    const fromTimeline = contactsFor({ topic: 'baby-care', lifeStage: 'baby' }, town, entries, { now });
    const fromGuide = rankResults(
      entries,
      { municipality: town, topics: ['baby-care'], lifeStages: ['baby'] },
      { now },
    );
    expect(ids(fromTimeline)).toEqual(ids(fromGuide));
    expect(fromTimeline.length).toBeGreaterThan(0);
    for (const result of fromTimeline) expect(coversTown(result.entry.service, town)).toBe(true);
  });

  it("a role puts the family's responsible office of that role first, the rest keep their order", () => {
    const plain = contactsFor({ topic: 'baby-care', lifeStage: 'baby' }, 'luenen', entries, { now });
    const withRole = contactsFor({ topic: 'baby-care', lifeStage: 'baby', role: 'family-office' }, 'luenen', entries, {
      now,
    });
    const first = withRole[0]!.entry.service;
    expect(first.role).toBe('family-office');
    expect(coversTown(first, 'luenen')).toBe(true);
    expect(withRole[0]!.group).toBe('responsible');
    expect(new Set(ids(withRole))).toEqual(new Set(ids(plain)));
    const others = (list: typeof plain) => ids(list).filter((id) => id !== first.id);
    expect(
      others(withRole).filter(
        (id) => !plain.some((r) => r.entry.service.id === id && r.entry.service.role === 'family-office'),
      ),
    ).toEqual(
      others(plain).filter(
        (id) => !plain.some((r) => r.entry.service.id === id && r.entry.service.role === 'family-office'),
      ),
    );
  });

  it('a sector narrows to the offices of that sector first', () => {
    const results = contactsFor({ topic: 'money', sector: 'work' }, 'unna', entries, { now });
    const sectors = results.map((r) => r.entry.service.sector);
    const firstOther = sectors.findIndex((sector) => sector !== 'work');
    if (firstOther >= 0) expect(sectors.slice(firstOther).every((sector) => sector !== 'work')).toBe(true);
    expect(sectors[0]).toBe('work');
  });

  it.each([undefined, 'luenen', 'werne'])(
    'ranked on the match table (what the timeline reads) in %s: the same contacts as on the full services',
    (town) => {
      const rows = matchTable(directory);
      for (const contact of [
        { topic: 'baby-care', lifeStage: 'baby' },
        { topic: 'baby-care', lifeStage: 'baby', role: 'family-office' as const },
      ]) {
        const onRows = contactsFor(contact, town, rows, { now, language: 'tr' }).map((r) => r.entry.id);
        expect(onRows).toEqual(ids(contactsFor(contact, town, entries, { now, language: 'tr' })));
        expect(onRows.length).toBeGreaterThan(0);
      }
    },
  );
});
