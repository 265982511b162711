import { describe, expect, it } from 'vitest';
import {
  CsvSyntaxError,
  detectDelimiter,
  formatCell,
  parseCsv,
  writeCsv,
} from '../../../src/tools/directory/csv/format';

describe('CSV reader (RFC 4180 as Excel writes it)', () => {
  const cases: [string, string, string[][]][] = [
    [
      'semicolons with CRLF',
      'a;b\r\n1;2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'commas with LF, no final line break',
      'a,b\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'BOM is dropped',
      '\uFEFFa;b\r\nx;y\r\n',
      [
        ['a', 'b'],
        ['x', 'y'],
      ],
    ],
    [
      'doubled quotes inside a quoted field',
      'a;b\r\n"sagt ""hallo""";2\r\n',
      [
        ['a', 'b'],
        ['sagt "hallo"', '2'],
      ],
    ],
    [
      'separator inside quotes',
      'a;b\r\n"x;y";"1,5"\r\n',
      [
        ['a', 'b'],
        ['x;y', '1,5'],
      ],
    ],
    [
      'CRLF line break inside quotes becomes LF',
      'a;b\r\n"Zeile 1\r\nZeile 2";z\r\n',
      [
        ['a', 'b'],
        ['Zeile 1\nZeile 2', 'z'],
      ],
    ],
    [
      'empty cells and an empty last cell',
      'a;b;c\r\n;;\r\n',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
      ],
    ],
    [
      'umlauts and other scripts untouched',
      'name\r\nFröndenberg – Ünal – بيت\r\n',
      [['name'], ['Fröndenberg – Ünal – بيت']],
    ],
    [
      'quoted empty field',
      'a;b\r\n"";x\r\n',
      [
        ['a', 'b'],
        ['', 'x'],
      ],
    ],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(parseCsv(input).records).toEqual(expected);
  });

  it('detects the separator from the header line only', () => {
    expect(detectDelimiter('a;b;c\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('\uFEFFa,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('"x;y",b,c\n')).toBe(',');
    expect(detectDelimiter('nur_eine_spalte\n')).toBe(';');
  });

  it('counts file lines for records that span lines', () => {
    const parsed = parseCsv('a;b\r\n"1\r\n2";x\r\nlast;y\r\n');
    expect(parsed.lines).toEqual([1, 2, 4]);
  });

  it('reports a quote that never closes with its line, in German', () => {
    expect(() => parseCsv('a;b\r\nx;"offen\r\nweiter\r\n')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a;b\r\nx;"offen\r\n')).toThrow(/Zeile 2: Anführungszeichen wird nicht geschlossen/);
  });
});

describe('CSV writer (German Excel: BOM, semicolons, CRLF)', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['sagt "hi"', '"sagt ""hi"""'],
    ['zwei\nZeilen', '"zwei\nZeilen"'],
    [' führendes Leerzeichen', '" führendes Leerzeichen"'],
    ['1,5', '1,5'],
  ])('formats %j as %j', (value, expected) => {
    expect(formatCell(value)).toBe(expected);
  });

  it('writes BOM, semicolons and CRLF, and reads back what it wrote', () => {
    const records = [
      ['id', 'text'],
      ['x', 'a;b "c"\nd'],
      ['y', ''],
    ];
    const csv = writeCsv(records);
    expect(csv.startsWith('\uFEFFid;text\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv).records).toEqual(records);
  });
});
