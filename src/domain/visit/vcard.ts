/**
 * A vCard 3.0 (RFC 2426) for one contact, for a QR code that a phone camera saves as a contact
 * without internet. Text values are escaped (\ , ; and line breaks) and long lines are folded at
 * 75 octets (CRLF + space) without cutting a UTF-8 character in half.
 */
import type { ContactSummary } from './contact-summary';

/** Escapes a text value: backslash first, then the separators and line breaks. */
export function escapeValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** Folds one content line into pieces of at most 75 octets; continuation lines start with one space. */
export function foldLine(line: string, limit = 75): string {
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    // The continuation's leading space counts toward its 75 octets.
    const max = pieces.length === 0 ? limit : limit - 1;
    if (size + width > max) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/**
 * The vCard text, CRLF line ends. `noteTitle` heads the opening hours in the NOTE ("Öffnungszeiten").
 * `draftLine` ("Automatisch übersetzt, noch nicht geprüft.", in the card's language) opens the NOTE when
 * a part the card carries (name, organization, a number's label) is a machine-assisted draft: the
 * phone's address book keeps the card long after the visit, so it says so there too.
 */
export function vCardText(contact: ContactSummary, noteTitle: string, draftLine?: string): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0'];
  lines.push(`N:${escapeValue(contact.name)};;;;`);
  lines.push(`FN:${escapeValue(contact.name)}`);
  if (contact.organization !== '') lines.push(`ORG:${escapeValue(contact.organization)}`);
  for (const phone of contact.phones) lines.push(`TEL;TYPE=work,voice:${phone.dial}`);
  if (contact.email) lines.push(`EMAIL;TYPE=internet:${escapeValue(contact.email)}`);
  if (contact.website?.startsWith('https://')) lines.push(`URL:${contact.website}`);
  if (contact.address) {
    const { street, postalCode, city } = contact.address;
    // ADR: post office box; extended address; street; locality; region; postal code; country
    lines.push(`ADR;TYPE=work:;;${[street, city, '', postalCode, 'Deutschland'].map(escapeValue).join(';')}`);
  }
  const hours = contact.hours.flatMap((block) => (block.place ? [`${block.place}:`, ...block.lines] : block.lines));
  const note = [
    ...(draftLine && contact.drafts !== undefined && contact.drafts.length > 0 ? [draftLine] : []),
    ...(hours.length > 0 ? [`${noteTitle}:`, ...hours] : []),
  ];
  if (note.length > 0) lines.push(`NOTE:${escapeValue(note.join('\n'))}`);
  lines.push('END:VCARD');
  return lines.map((line) => foldLine(line)).join('\r\n');
}

/** Undoes the folding (for tests and for reading a decoded QR code). */
export function unfold(text: string): string {
  return text.replace(/\r\n[ \t]/g, '');
}
