import { describe, expect, it } from 'vitest';
import taxonomy from '../../../src/domain/taxonomy.json';
import { TOWN_CENTRES, distanceKm, nearestTown } from '../../../src/app/guide/nearest-town';

describe('nearestTown', () => {
  it.each([
    ['Holzwickede, Rathaus', 51.5003, 7.6204, 'holzwickede'],
    ['Unna, Kreishaus', 51.5336, 7.6925, 'unna'],
    ['Lünen, Brambauer', 51.588, 7.47, 'luenen'],
    ['Werne, Markt', 51.6633, 7.6336, 'werne'],
    ['Fröndenberg, Bahnhof', 51.4717, 7.7626, 'froendenberg'],
    ['Selm, Bork', 51.6517, 7.4934, 'selm'],
    ['Schwerte, Ergste', 51.4307, 7.5522, 'schwerte'],
    ['Bönen, Rathaus', 51.5987, 7.7595, 'boenen'],
    ['Selm-Cappenberg (nearer to the centre of Lünen than to Selm)', 51.644, 7.536, 'selm'],
    ['Kamen-Heeren', 51.575, 7.715, 'kamen'],
  ])('%s → %s', (_place, lat, lon, town) => {
    expect(nearestTown({ lat, lon })).toBe(town);
  });

  it.each([
    ['Berlin', 52.52, 13.405],
    ['Köln', 50.9375, 6.9603],
    ['Dortmund city centre (next to the Kreis, not in it)', 51.5136, 7.4653],
    ['not a number', Number.NaN, 7.6],
  ])('gives no town for %s', (_place, lat, lon) => {
    expect(nearestTown({ lat, lon })).toBeUndefined();
  });

  it('has a centre for every town of the taxonomy', () => {
    expect([...new Set(TOWN_CENTRES.map((t) => t.code))].sort()).toEqual(
      taxonomy.municipalities.map((m) => m.code).sort(),
    );
  });

  it('measures distances like a map (Unna–Kamen about 7 km)', () => {
    const unna = TOWN_CENTRES.find((t) => t.code === 'unna')!; // the first point of a town is its centre
    const kamen = TOWN_CENTRES.find((t) => t.code === 'kamen')!;
    expect(distanceKm(unna, kamen)).toBeGreaterThan(6);
    expect(distanceKm(unna, kamen)).toBeLessThan(8);
  });
});
