/**
 * The link behind the on-screen QR code: `/kontakte?ids=a,b,c&lang=tr` opens exactly those contacts,
 * in the family's language, in the app. Ids are the directory's service ids (a–z, 0–9, single
 * hyphens), so a comma separates them without any escaping and the QR code stays small.
 */
import { ID_PATTERN } from '../directory/schema';

const CONTACTS_PATH = '/kontakte';
/** More would make the QR code too dense to scan reliably from a phone screen. */
export const MAX_LINK_IDS = 20;
const LANG = /^[a-z]{2}(?:-[a-z]+)?$/;

export interface ContactsQuery {
  /** Valid ids in the order given, without repeats, at most MAX_LINK_IDS. */
  ids: string[];
  /** How many parts of `ids=` were not valid ids (said on screen, not silently dropped). */
  malformed: number;
  lang?: string;
}

/** The path with query for the given ids; throws when none is valid (the caller offers the link only with a selection). */
export function contactsPath(ids: readonly string[], lang: string): string {
  const valid = [...new Set(ids)].filter((id) => ID_PATTERN.test(id)).slice(0, MAX_LINK_IDS);
  if (valid.length === 0) throw new Error('Keine gültige Kennung für den Kontakte-Link');
  const langPart = LANG.test(lang) ? `&lang=${lang}` : '';
  return `${CONTACTS_PATH}?ids=${valid.join(',')}${langPart}`;
}

/** The absolute link (origin of the app, e.g. https://bruecken.kreis-unna.de). */
export function contactsLink(origin: string, ids: readonly string[], lang: string): string {
  return `${origin.replace(/\/$/, '')}${contactsPath(ids, lang)}`;
}

export function readContactsQuery(search: string | URLSearchParams): ContactsQuery {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const parts = params
    .getAll('ids')
    .flatMap((value) => value.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const valid = parts.filter((part) => ID_PATTERN.test(part));
  const lang = params.get('lang');
  return {
    ids: [...new Set(valid)].slice(0, MAX_LINK_IDS),
    malformed: parts.length - valid.length,
    ...(lang && LANG.test(lang) ? { lang } : {}),
  };
}
