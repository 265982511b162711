import { describe, expect, it } from 'vitest';
import type { ContactSummary } from '../../../src/domain/visit/contact-summary';
import { escapeValue, foldLine, unfold, vCardText } from '../../../src/domain/visit/vcard';

const contact: ContactSummary = {
  id: 'familienpunkt-musterstadt',
  name: 'Familienbüro Unna; Beratung, Hilfe',
  organization: 'Kreis Unna \\ Jugendamt',
  phones: [
    { number: '02303 27-1234', dial: '+492303271234' },
    { number: '116 117', dial: '116117', label: 'Nachts' },
  ],
  email: 'familienbuero@example.org',
  website: 'https://www.example.org/familienbuero',
  address: { street: 'Friedrich-Ebert-Straße 17', postalCode: '59425', city: 'Unna' },
  hours: [{ lines: ['Mo.–Fr. 08:30–12:00', 'Do. 14:00–18:00'] }],
};

describe('escapeValue', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb', 'a\\nb'],
    ['a\r\nb', 'a\\nb'],
    ['\\,', '\\\\\\,'],
    ['Familienbüro', 'Familienbüro'],
  ])('%j → %j', (input, expected) => {
    expect(escapeValue(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length;

  it('leaves lines of up to 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines with CRLF + space; every physical line has at most 75 octets', () => {
    const line = `NOTE:${'Öffnungszeiten ü '.repeat(20)}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(bytes(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('never cuts a multi-byte character in half', () => {
    const line = 'ü'.repeat(100); // 2 octets each
    const physical = foldLine(line).split('\r\n');
    expect(physical[0]).toBe('ü'.repeat(37));
    expect(unfold(foldLine(line))).toBe(line);
  });
});

describe('vCardText', () => {
  const text = vCardText(contact, 'Öffnungszeiten');
  const lines = unfold(text).split('\r\n');

  it('is a vCard 3.0 with CRLF line ends', () => {
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:3.0');
    expect(lines.at(-1)).toBe('END:VCARD');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('escapes , ; and \\ in names and organization', () => {
    expect(lines).toContain('FN:Familienbüro Unna\\; Beratung\\, Hilfe');
    expect(lines).toContain('N:Familienbüro Unna\\; Beratung\\, Hilfe;;;;');
    expect(lines).toContain('ORG:Kreis Unna \\\\ Jugendamt');
  });

  it('has one work TEL per callable number, as digits', () => {
    expect(lines.filter((l) => l.startsWith('TEL'))).toEqual([
      'TEL;TYPE=work,voice:+492303271234',
      'TEL;TYPE=work,voice:116117',
    ]);
  });

  it('has e-mail, https URL, address and the opening hours in the NOTE', () => {
    expect(lines).toContain('EMAIL;TYPE=internet:familienbuero@example.org');
    expect(lines).toContain('URL:https://www.example.org/familienbuero');
    expect(lines).toContain('ADR;TYPE=work:;;Friedrich-Ebert-Straße 17;Unna;;59425;Deutschland');
    expect(lines).toContain('NOTE:Öffnungszeiten:\\nMo.–Fr. 08:30–12:00\\nDo. 14:00–18:00');
  });

  it('leaves out a website that is not https and a missing address or hours', () => {
    const plain = vCardText(
      { ...contact, website: 'http://example.org', address: undefined, hours: [], email: undefined } as ContactSummary,
      'Öffnungszeiten',
    );
    expect(plain).not.toMatch(/^(URL|ADR|NOTE|EMAIL)/m);
  });
});
