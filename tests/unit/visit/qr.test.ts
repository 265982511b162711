/**
 * The QR codes hold exactly the text given, umlauts included (UTF-8 byte mode): the matrix that
 * QrCode.tsx draws is rasterized here and read back with jsQR, like a phone camera would.
 */
import jsQR from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { modulesPath } from '../../../src/app/visit/QrCode';
import { vCardText } from '../../../src/domain/visit/vcard';

function decode(text: string): string | undefined {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  const scale = 4;
  const width = size * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const value = data[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return jsQR(pixels, width, width)?.data;
}

describe('QR codes', () => {
  it('hold the contacts link', () => {
    const link = 'https://bruecken.example/kontakte?ids=familienbuero-unna,donum-vitae&lang=tr';
    expect(decode(link)).toBe(link);
  });

  it('hold a vCard with umlauts, escapes and folded lines unchanged', () => {
    const vcard = vCardText(
      {
        id: 'x',
        name: 'Familienbüro Unna; Beratung, Hilfe',
        organization: 'Kreis Unna',
        phones: [{ number: '02303 27-1234', dial: '+492303271234' }],
        address: { street: 'Friedrich-Ebert-Straße 17', postalCode: '59425', city: 'Unna' },
        hours: [{ lines: ['Mo.–Fr. 08:30–12:00', 'Do. 14:00–18:00'] }],
      },
      'Öffnungszeiten',
    );
    expect(decode(vcard)).toBe(vcard);
  });

  it('draws runs of dark modules as one path', () => {
    expect(
      modulesPath([
        [true, true, false, true],
        [false, true, false, false],
      ]),
    ).toBe('M0 0h2v1h-2zM3 0h1v1h-1zM1 1h1v1h-1z');
  });
});
