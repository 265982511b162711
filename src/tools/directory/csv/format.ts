/**
 * A small RFC 4180 reader and writer for the spreadsheet the Kreis's staff keep in Excel.
 * Pure functions (no file access), so they are table-tested on their own.
 *
 * Reading accepts what Excel and LibreOffice write: comma OR semicolon as separator (detected
 * from the header line), UTF-8 with or without byte order mark, CRLF or LF line ends, quoted
 * fields with doubled quotes and line breaks inside. Writing produces what German Excel opens
 * correctly by double-click: semicolons, UTF-8 with BOM, CRLF.
 */

export type Delimiter = ',' | ';';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Zeile ${line}: ${message}`);
  }
}

const BOM = '\uFEFF';

/** Separator used in the header line: whichever of ';' and ',' occurs more often outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
}

export interface ParsedCsv {
  delimiter: Delimiter;
  /** Records; each record's cells as written (quotes removed). */
  records: string[][];
  /** 1-based line in the file where each record starts (records may span lines). */
  lines: number[];
}

/** Parses CSV text into records. Throws CsvSyntaxError (German) for a quote that never closes. */
export function parseCsv(input: string, delimiter: Delimiter = detectDelimiter(input)): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: string[][] = [];
  const lines: number[] = [];
  let record: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let quoteLine = 0;
  // A cell that started with a quote; text after its closing quote is kept as Excel does.
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\r' && text[i + 1] === '\n') {
        cell += '\n';
        i += 2;
        line++;
        continue;
      }
      if (ch === '\n' || ch === '\r') line++;
      cell += ch === '\r' ? '\n' : ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      i++;
      continue;
    }
    if (ch === delimiter) {
      record.push(cell);
      cell = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      record.push(cell);
      records.push(record);
      lines.push(recordLine);
      record = [];
      cell = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    cell += ch;
    i++;
  }
  if (quoted) {
    throw new CsvSyntaxError(quoteLine, 'Anführungszeichen wird nicht geschlossen – fehlt ein " am Ende des Feldes?');
  }
  // The last record has no line break after it (or the file ended with one: nothing left over).
  if (cell !== '' || record.length > 0) {
    record.push(cell);
    records.push(record);
    lines.push(recordLine);
  }
  return { delimiter, records, lines };
}

/** Quotes a cell when it holds the separator, a quote, a line break or leading/trailing spaces. */
export function formatCell(value: string, delimiter: Delimiter = ';'): string {
  const needsQuotes =
    value.includes(delimiter) || value.includes('"') || /[\r\n]/.test(value) || value !== value.trim();
  const normalized = value.replace(/\r\n?/g, '\n');
  return needsQuotes ? `"${normalized.replace(/"/g, '""')}"` : normalized;
}

/** Writes records as German-Excel CSV: BOM, semicolons, CRLF after every record. */
export function writeCsv(records: readonly (readonly string[])[], delimiter: Delimiter = ';'): string {
  const body = records.map((r) => r.map((c) => formatCell(c, delimiter)).join(delimiter)).join('\r\n');
  return `${BOM}${body}\r\n`;
}
