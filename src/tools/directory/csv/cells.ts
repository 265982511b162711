import { LANGUAGE_CODES, type LanguageCode, type Phone, type Text } from '../../../domain/directory/schema';

/**
 * The compact cell formats of the CSV table (lists, yes/no, phones, short texts with their
 * translations). Each format has a writer and a reader; a reader throws CellError with a German
 * sentence, the caller adds row and column. Writers refuse values the format cannot hold (e.g. a
 * "|" inside a list item), so an export never produces a file that imports differently.
 */

export class CellError extends Error {}

const LIST_SEPARATOR = '|';

export function writeList(items: readonly string[], what: string): string {
  for (const item of items) {
    if (item.includes(LIST_SEPARATOR))
      throw new CellError(`${what} „${item}“ enthält „|“ – das trennt in der Tabelle die Einträge`);
  }
  return items.join(LIST_SEPARATOR);
}

/** "a|b | c" → ['a', 'b', 'c']; an empty cell is an empty list. */
export function readList(cell: string): string[] {
  if (cell.trim() === '') return [];
  return cell.split(LIST_SEPARATOR).map((s) => s.trim());
}

/** Checks every code of a list against the allowed ones ("Unbekanntes Thema „kita“ – erlaubt sind: …"). */
export function readCodes(cell: string, allowed: readonly string[], unknown: string): string[] {
  const codes = readList(cell);
  for (const code of codes) {
    if (code === '') throw new CellError('Leerer Eintrag in der Liste – zwei „|“ hintereinander?');
    if (!allowed.includes(code)) throw new CellError(`${unknown} „${code}“ – erlaubt sind: ${allowed.join(', ')}`);
  }
  return codes;
}

export function writeYesNo(value: boolean | undefined): string {
  return value === undefined ? '' : value ? 'ja' : 'nein';
}

export function readYesNo(cell: string): boolean | undefined {
  const value = cell.trim().toLowerCase();
  if (value === '') return undefined;
  if (value === 'ja') return true;
  if (value === 'nein') return false;
  throw new CellError(`„${cell}“ – erwartet „ja“, „nein“ oder ein leeres Feld`);
}

const TRANSLATION_START = new RegExp(`;\\s*(?=(?:${LANGUAGE_CODES.filter((c) => c !== 'de').join('|')})=)`);

/**
 * A short text with its translations in one cell: "Zentrale; en=Switchboard; tr=Santral".
 * Used inside phones and schedules, where a column per language would be unreadable.
 */
export function writeInlineText(text: Text, what: string): string {
  const parts: string[] = [];
  for (const code of LANGUAGE_CODES) {
    const value = text[code];
    if (value === undefined) continue;
    if (/[|\n]/.test(value) || TRANSLATION_START.test(`;${value}`) || TRANSLATION_START.test(value)) {
      throw new CellError(
        `${what} „${value}“ enthält „|“, einen Zeilenumbruch oder „; xx=“ – in der Tabelle nicht darstellbar`,
      );
    }
    parts.push(code === 'de' ? value : `${code}=${value}`);
  }
  return parts.join('; ');
}

export function readInlineText(cell: string, what: string): Text {
  const [german = '', ...rest] = cell.split(TRANSLATION_START).map((s) => s.trim());
  if (german === '' || /^[a-z]{2}(-simple)?=/.test(german)) {
    throw new CellError(`${what}: der deutsche Text fehlt (er steht zuerst, Übersetzungen danach als „; en=…“)`);
  }
  const text: Text = { de: german };
  for (const part of rest) {
    const eq = part.indexOf('=');
    const code = part.slice(0, eq) as LanguageCode;
    const value = part.slice(eq + 1).trim();
    if (value === '') throw new CellError(`${what}: leere Übersetzung „${code}=“ – bitte weglassen`);
    if (text[code] !== undefined) throw new CellError(`${what}: Übersetzung „${code}=“ steht doppelt`);
    text[code] = value;
  }
  return text;
}

const KIND_WORDS: Record<Phone['kind'], string> = { voice: '', fax: 'Fax', sms: 'SMS', hotline: 'Hotline' };
const WORD_KINDS: Record<string, Phone['kind']> = { telefon: 'voice', fax: 'fax', sms: 'sms', hotline: 'hotline' };
const LETTER = /\p{L}/u;

/** "02303 27-0 (Zentrale)", "Fax: 02303 27-99", "Hotline: 0800 111 0 550 (rund um die Uhr; en=24/7)". */
function writePhone(phone: Phone): string {
  const kind = KIND_WORDS[phone.kind];
  let out = kind === '' ? phone.number : `${kind}: ${phone.number}`;
  if (phone.label) {
    if (!LETTER.test(phone.label.de)) {
      throw new CellError(
        `Beschriftung „${phone.label.de}“ der Nummer ${phone.number} braucht mindestens einen Buchstaben`,
      );
    }
    out += ` (${writeInlineText(phone.label, 'Beschriftung')})`;
  }
  return out;
}

function readPhone(item: string): Phone {
  let rest = item.trim();
  let kind: Phone['kind'] = 'voice';
  const kindMatch = /^(\p{L}+):\s*/u.exec(rest);
  if (kindMatch) {
    const found = WORD_KINDS[(kindMatch[1] ?? '').toLowerCase()];
    if (!found) {
      throw new CellError(`Unbekannte Art der Nummer „${kindMatch[1]}“ – erlaubt sind Telefon, Fax, SMS, Hotline`);
    }
    kind = found;
    rest = rest.slice(kindMatch[0].length);
  }
  // The label is the last "(…)" with a letter in it; numbers never contain letters ("+49 (0)2303").
  let number = rest;
  let label: Text | undefined;
  if (rest.endsWith(')')) {
    for (let p = rest.lastIndexOf(' ('); p > 0; p = rest.lastIndexOf(' (', p - 1)) {
      const prefix = rest.slice(0, p);
      const inner = rest.slice(p + 2, -1);
      if (!LETTER.test(prefix) && LETTER.test(inner)) {
        number = prefix.trim();
        label = readInlineText(inner, 'Beschriftung');
        break;
      }
    }
  }
  if (number === '') throw new CellError(`Telefonnummer fehlt in „${item}“`);
  return { number, kind, ...(label ? { label } : {}) };
}

export function writePhones(phones: readonly Phone[]): string {
  return phones.map(writePhone).join(' | ');
}

export function readPhones(cell: string): Phone[] {
  return readList(cell).map(readPhone);
}
