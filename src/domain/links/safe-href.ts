/**
 * The last check before a link built from directory data reaches an `href`. The sync already rejects
 * bad addresses (schema), but a link is where a slip becomes dangerous (`javascript:`, `data:`), so the
 * UI asks here once more and shows no link at all when the answer is no.
 *
 * Allowed: https: web addresses, tel: with digits only, mailto: with one plain address, and the maps
 * hand-off (geo: with coordinates, or https maps addresses, which are https: links anyway). Pure: no DOM.
 */
import { toTelUri } from '../directory/phone';
import { PLAIN_EMAIL, urlProblem } from '../directory/web';

export type LinkKind = 'https' | 'tel' | 'mailto' | 'geo';

/** Anything invisible or layout-changing (controls, spaces, bidi overrides) or markup-like has no place in a link. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARS = /["<>`\\\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
const TEL = /^tel:\+?\d{3,20}$/;
/**
 * One plain address. The local part has no percent-escapes, commas, semicolons, & or = : mail apps
 * decode `%40`/`%2C` and read `,` and `;` as more recipients, so any of them could add a third party.
 */
const MAIL_ADDRESS = PLAIN_EMAIL;
/** Query of a mailto: link: subject= and body= only, percent-encoded (no raw &, <, quotes). */
const MAIL_QUERY = /^(?:(?:subject|body)=[A-Za-z0-9%._~!*()'-]*)(?:&(?:subject|body)=[A-Za-z0-9%._~!*()'-]*)*$/;
const GEO = /^geo:-?\d{1,3}(?:\.\d+)?,-?\d{1,3}(?:\.\d+)?(?:\?q=[A-Za-z0-9%._~!*()'-]*)?$/;

/** What kind of safe link `href` is, or undefined when it must not be shown. */
export function linkKind(href: unknown): LinkKind | undefined {
  if (typeof href !== 'string' || href.length === 0 || href.length > 2000 || UNSAFE_CHARS.test(href)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  switch (scheme) {
    case 'https':
      // Lower-case scheme only: the check below and every browser then read the same address.
      return href.startsWith('https://') && urlProblem(href) === undefined ? 'https' : undefined;
    case 'tel':
      return TEL.test(href) ? 'tel' : undefined;
    case 'mailto': {
      if (!href.startsWith('mailto:')) return undefined;
      const [address = '', query, ...more] = href.slice('mailto:'.length).split('?');
      if (more.length > 0 || !MAIL_ADDRESS.test(address)) return undefined;
      return query === undefined || MAIL_QUERY.test(query) ? 'mailto' : undefined;
    }
    case 'geo':
      return GEO.test(href) ? 'geo' : undefined;
    default:
      return undefined;
  }
}

/** `href` itself when it is a safe link from data, otherwise undefined (show the text without a link). */
export function safeHref(href: unknown): string | undefined {
  return linkKind(href) === undefined ? undefined : (href as string);
}

/** A tel: link with digits only for a number as written in the directory, or undefined when it has too few. */
export function telHref(number: unknown): string | undefined {
  if (typeof number !== 'string') return undefined;
  const uri = toTelUri(number);
  return TEL.test(uri) ? uri : undefined;
}

/** A mailto: link for an address from the directory, or undefined when it is not one plain address. */
export function mailtoHref(address: unknown): string | undefined {
  if (typeof address !== 'string' || !MAIL_ADDRESS.test(address.trim())) return undefined;
  return safeHref(`mailto:${address.trim()}`);
}

/**
 * A prefilled e-mail (to the editorial team) for an address from the directory: only one plain
 * address, never a query of its own (`?cc=`, `?bcc=`, `?body=` would add a recipient or replace the
 * family's words), with subject and body encoded here (encodeURIComponent: mail apps read + as a
 * plus sign). Undefined when the address is not one plain address: then no link is shown.
 */
export function mailtoWithText(address: unknown, subject: string, body: string): string | undefined {
  const to = mailtoHref(address);
  if (to === undefined) return undefined;
  return safeHref(`${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`);
}
