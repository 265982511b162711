/**
 * "Standort verwenden": the phone's position becomes the nearest town centre of Kreis Unna, computed
 * here on the phone. The position is never stored or sent anywhere; only the town's code is used.
 */

/** Town centres (town hall / market square), rounded to about 100 m: enough to tell the ten towns apart. */
export const TOWN_CENTRES: readonly { code: string; lat: number; lon: number }[] = [
  { code: 'bergkamen', lat: 51.6166, lon: 7.6386 },
  { code: 'boenen', lat: 51.5987, lon: 7.7595 },
  { code: 'froendenberg', lat: 51.4717, lon: 7.7626 },
  { code: 'holzwickede', lat: 51.5003, lon: 7.6204 },
  { code: 'kamen', lat: 51.5922, lon: 7.6653 },
  { code: 'luenen', lat: 51.6163, lon: 7.5244 },
  { code: 'schwerte', lat: 51.4446, lon: 7.5656 },
  { code: 'selm', lat: 51.6947, lon: 7.4713 },
  { code: 'unna', lat: 51.5347, lon: 7.6889 },
  { code: 'werne', lat: 51.6625, lon: 7.6338 },
];

/** Farther than this from every town centre, the phone is not in Kreis Unna: no town is guessed. */
export const MAX_DISTANCE_KM = 15;

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
  for (const town of TOWN_CENTRES) {
    const km = distanceKm(position, town);
    if (!best || km < best.km) best = { code: town.code, km };
  }
  return best && best.km <= MAX_DISTANCE_KM ? best.code : undefined;
}
