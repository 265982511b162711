/**
 * "Standort verwenden": the phone's position becomes the nearest town centre of Kreis Unna, computed
 * here on the phone. The position is never stored or sent anywhere; only the town's code is used.
 */

/**
 * Town centres (town hall / market square) and the larger districts (Ortsteile), to about 100 m.
 * With districts, a family in Selm-Cappenberg gets Selm, not the nearer centre of Lünen.
 */
export const TOWN_CENTRES: readonly { code: string; lat: number; lon: number }[] = [
  { code: 'bergkamen', lat: 51.6166, lon: 7.6386 },
  { code: 'bergkamen', lat: 51.5985, lon: 7.585 }, // Oberaden
  { code: 'bergkamen', lat: 51.65, lon: 7.653 }, // Rünthe
  { code: 'boenen', lat: 51.5987, lon: 7.7595 },
  { code: 'boenen', lat: 51.6235, lon: 7.782 }, // Flierich
  { code: 'froendenberg', lat: 51.4717, lon: 7.7626 },
  { code: 'froendenberg', lat: 51.487, lon: 7.71 }, // Frömern/Ardey
  { code: 'froendenberg', lat: 51.4695, lon: 7.83 }, // Bausenhagen
  { code: 'holzwickede', lat: 51.5003, lon: 7.6204 },
  { code: 'holzwickede', lat: 51.478, lon: 7.643 }, // Hengsen/Opherdicke
  { code: 'kamen', lat: 51.5922, lon: 7.6653 },
  { code: 'kamen', lat: 51.577, lon: 7.72 }, // Heeren-Werve
  { code: 'kamen', lat: 51.601, lon: 7.613 }, // Methler
  { code: 'luenen', lat: 51.6163, lon: 7.5244 },
  { code: 'luenen', lat: 51.584, lon: 7.467 }, // Brambauer
  { code: 'luenen', lat: 51.606, lon: 7.57 }, // Horstmar/Niederaden
  { code: 'schwerte', lat: 51.4446, lon: 7.5656 },
  { code: 'schwerte', lat: 51.423, lon: 7.563 }, // Ergste
  { code: 'schwerte', lat: 51.419, lon: 7.503 }, // Westhofen
  { code: 'selm', lat: 51.6947, lon: 7.4713 },
  { code: 'selm', lat: 51.6517, lon: 7.4934 }, // Bork
  { code: 'selm', lat: 51.645, lon: 7.535 }, // Cappenberg
  { code: 'unna', lat: 51.5347, lon: 7.6889 },
  { code: 'unna', lat: 51.551, lon: 7.636 }, // Massen
  { code: 'unna', lat: 51.541, lon: 7.781 }, // Lünern
  { code: 'unna', lat: 51.533, lon: 7.833 }, // Hemmerde
  { code: 'werne', lat: 51.6625, lon: 7.6338 },
  { code: 'werne', lat: 51.676, lon: 7.695 }, // Stockum
];

/**
 * Farther than this from every point above, the phone is not in Kreis Unna: no town is guessed.
 * Without border polygons this is approximate: a spot just across the border (e.g. in Hamm next to
 * Bönen) still gets the nearest Kreis town. The chosen town is shown, and can be changed, on the results.
 */
const MAX_DISTANCE_KM = 7;

/** Great-circle distance in km (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The nearest town's code, or undefined when the position is outside the Kreis (or not a number). */
export function nearestTown(position: { lat: number; lon: number }): string | undefined {
  if (!Number.isFinite(position.lat) || !Number.isFinite(position.lon)) return undefined;
  let best: { code: string; km: number } | undefined;
  // A few dozen points: a plain loop is instant even on an old phone.
  for (const town of TOWN_CENTRES) {
    const km = distanceKm(position, town);
    if (!best || km < best.km) best = { code: town.code, km };
  }
  return best && best.km <= MAX_DISTANCE_KM ? best.code : undefined;
}
