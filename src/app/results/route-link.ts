/** The "Route" link for an address: the maps app of this phone, checked like every link from data. */
import type { Address } from '../../domain/directory/schema';
import { safeHref } from '../../domain/links/safe-href';
import { detectPlatform, mapsLink, type MapsPlatform } from '../ui/links';

let platform: MapsPlatform | undefined;

/** Read once: the phone does not change while the app runs, and a list asks for thirty links. */
function phonePlatform(): MapsPlatform {
  platform ??= detectPlatform(navigator.userAgent, navigator.maxTouchPoints);
  return platform;
}

export function routeLink(address: Address): string | undefined {
  return safeHref(mapsLink(address, phonePlatform()));
}
