/**
 * The hand-offs a card offers: the phone's maps app, a prefilled e-mail to the editorial team, the
 * text that is shared. Pure string building; nothing here makes a request.
 */
import type { Address } from '../../domain/directory/schema';

export type MapsPlatform = 'ios' | 'android' | 'other';

/** iPhones and iPads (iPadOS reports itself as a Mac with a touch screen). */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): MapsPlatform {
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  return 'other';
}

export function addressLine(address: Address): string {
  return `${address.street}, ${address.postalCode} ${address.city}`;
}

/**
 * A link that opens the address in the phone's own maps app. Android understands geo:, iOS opens
 * Apple Maps; on a computer (no maps app) the address goes to OpenStreetMap's search, only when tapped.
 */
export function mapsLink(address: Address, platform: MapsPlatform): string {
  const query = encodeURIComponent(addressLine(address));
  switch (platform) {
    case 'ios':
      return `https://maps.apple.com/?q=${query}`;
    case 'android':
      return `geo:0,0?q=${query}`;
    case 'other':
      return `https://www.openstreetmap.org/search?query=${query}`;
  }
}

/**
 * mailto: with subject and body, built and checked by the one path for links from data
 * (src/domain/links/safe-href.ts); undefined when the address is not one plain address.
 */
export { mailtoWithText as mailtoLink } from '../../domain/links/safe-href';

export interface ShareContent {
  title: string;
  text: string;
  url: string;
}

/** What "Teilen" sends: the name, the organization, every phone number and the link to the entry. */
export function shareContent(
  name: string,
  organization: string,
  phones: readonly { number: string; label?: string }[],
  url: string,
): ShareContent {
  const lines = [name, organization, ...phones.map((p) => (p.label ? `${p.label}: ${p.number}` : p.number))];
  return { title: name, text: lines.filter((line) => line !== '').join('\n'), url };
}

/** The text copied to the clipboard when the phone cannot share: everything in one piece. */
export function clipboardText(content: ShareContent): string {
  return `${content.text}\n${content.url}`;
}
