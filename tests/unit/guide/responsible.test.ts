/**
 * Who is "responsible for you", checked over the whole test region: the youth office and the
 * Familienbüro for every topic they list, the specialised offices (health office, Jobcenter,
 * Jugendberufsagentur) only for their main topic; an office that lists the question later is a
 * fitting service of its area like any other.
 */
import { describe, expect, it } from 'vitest';
import type { MunicipalityCode, Service } from '../../../src/domain/directory/schema';
import { directoryEntries } from '../../../src/domain/guide/entries';
import { rankResults } from '../../../src/domain/guide/rank';
import { berlinMoment } from '../../../src/domain/hours/berlin-time';
import taxonomy from '../../../src/domain/taxonomy.json';
import { publishedRegion } from '../../fixtures/region';

const entries = directoryEntries(publishedRegion());
const now = berlinMoment(new Date('2026-11-04T10:00:00Z'));
const towns = taxonomy.municipalities.map((m) => m.code as MunicipalityCode);
const GENERALISTS = new Set(['youth-office', 'family-office', 'youth-office-emergency']);
const isSpecialised = (service: Service) =>
  service.role !== undefined && service.role !== 'emergency' && !GENERALISTS.has(service.role);

describe('"responsible for you"', () => {
  it('holds a specialised office only for its main topic, in every town and for every topic', () => {
    let checked = 0;
    for (const municipality of towns) {
      for (const { code: topic } of taxonomy.topics) {
        for (const result of rankResults(entries, { municipality, lifeStages: [], topics: [topic] }, { now })) {
          const { service } = result.entry;
          if (!isSpecialised(service)) continue;
          checked += 1;
          expect(result.group === 'responsible', `${service.id}, ${topic}, ${municipality}`).toBe(
            service.topics[0] === topic,
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('ranks an office that lists the question later in its area group, after the services made for the question', () => {
    const offices = entries.filter(({ service }) => isSpecialised(service) && service.topics.length > 1);
    expect(offices.length, 'the test region needs an office with more than one topic').toBeGreaterThan(0);
    let compared = 0;
    for (const office of offices) {
      const topic = office.service.topics[1]!;
      const ranked = rankResults(entries, { municipality: towns[0]!, lifeStages: [], topics: [topic] }, { now });
      const place = ranked.findIndex((r) => r.entry === office);
      const { group } = ranked[place]!;
      expect(group).toBe(
        office.service.serviceArea.scope === 'municipality' ? 'town' : office.service.serviceArea.scope,
      );
      const mainTopicPlaces = ranked.flatMap((r, i) => (r.entry.service.topics[0] === topic ? [i] : []));
      for (const i of mainTopicPlaces) {
        if (ranked[i]!.group !== group && ranked[i]!.group !== 'responsible') continue;
        expect(i).toBeLessThan(place);
        compared += 1;
      }
    }
    expect(compared, 'the test region needs a service made for such a question').toBeGreaterThan(0);
  });

  it('keeps the youth office of each town responsible for every topic it lists, and only its own towns', () => {
    for (const municipality of towns) {
      for (const { code: topic } of taxonomy.topics) {
        const responsible = rankResults(entries, { municipality, lifeStages: [], topics: [topic] }, { now })
          .filter((r) => r.entry.service.role === 'youth-office')
          .map((r) => r.group);
        const offices = entries.filter(
          ({ service }) =>
            service.role === 'youth-office' &&
            service.topics.includes(topic) &&
            (service.serviceArea.scope !== 'municipality' || service.serviceArea.municipalities.includes(municipality)),
        );
        expect(responsible).toEqual(offices.map(() => 'responsible'));
      }
    }
  });
});
