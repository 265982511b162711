import * as v from 'valibot';
import { picklist, strictObject } from './messages';
import { TextSchema } from './text';

/**
 * Phone numbers are stored as people write them ("02303 27-1234", "116 117") and turned into
 * tel: links only when shown, so the editorial team never has to write +49 themselves.
 */

const ALLOWED_CHARS = /^\+?[0-9 ()/-]+$/;
const MIN_DIGITS = 3;
const MAX_DIGITS = 20;
/**
 * Without a leading 0 or + only the short national numbers are complete (110, 112, 115, 116 117,
 * 19222 …). A longer number without them has usually lost the 0 of its area code in a spreadsheet
 * ("2303 27-1234"), and would call another number; it is refused.
 */
const MAX_SHORT_DIGITS = 6;

/** Returns a German sentence describing what is wrong with a number, or undefined if it is fine. */
export function phoneNumberProblem(number: string): string | undefined {
  if (number.length > 40) return `Telefonnummer zu lang (${number.length} Zeichen)`;
  if (!ALLOWED_CHARS.test(number)) {
    return number.includes('+')
      ? `Telefonnummer „${number}“: das + darf nur ganz am Anfang stehen`
      : `Telefonnummer „${number}“ enthält unerlaubte Zeichen – erlaubt sind Ziffern, Leerzeichen, + am Anfang, - / ( )`;
  }
  const digits = number.replace(/\D/g, '').length;
  if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
    return `Telefonnummer „${number}“ hat ${digits} Ziffern – erlaubt sind ${MIN_DIGITS} bis ${MAX_DIGITS}`;
  }
  if (digits > MAX_SHORT_DIGITS && !/^\(?[+0]/.test(number.trim())) {
    return (
      `Telefonnummer „${number}“ beginnt nicht mit 0 oder +. Ist die 0 der Vorwahl verloren gegangen ` +
      '(das passiert in Excel)? Bitte mit Vorwahl schreiben, z. B. „02303 27-1234“, und die Spalte als Text formatieren.'
    );
  }
  return undefined;
}

/**
 * tel: URI for a German number as written: a leading 0 becomes +49, 00 becomes +,
 * "+49 (0)…" drops the (0), and short national numbers (110, 112, 116 117 …) stay as they are.
 */
export function toTelUri(number: string): string {
  let written = number.trim();
  if (written.startsWith('+')) {
    written = written.replace(/\(0\)/g, '');
    return `tel:+${written.replace(/\D/g, '')}`;
  }
  const digits = written.replace(/\D/g, '');
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0')) return `tel:+49${digits.slice(1)}`;
  return `tel:${digits}`;
}

const PHONE_KINDS = ['voice', 'fax', 'sms', 'hotline'] as const;

const PhoneNumberSchema = v.pipe(
  v.string('Telefonnummer: erwartet Text in Anführungszeichen, z. B. "02303 27-1234"'),
  v.trim(),
  v.check(
    (n) => phoneNumberProblem(n) === undefined,
    (issue) => phoneNumberProblem(String(issue.input)) ?? '',
  ),
);

export const PhoneSchema = strictObject(
  {
    number: PhoneNumberSchema,
    kind: picklist(PHONE_KINDS, 'Unbekannte Art der Nummer'),
    label: v.optional(TextSchema),
  },
  'einer Telefonnummer (number, kind, label)',
);
export type Phone = v.InferOutput<typeof PhoneSchema>;
