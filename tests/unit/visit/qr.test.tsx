/**
 * The QR codes hold exactly the text given, umlauts included (UTF-8 byte mode): the SVG that
 * QrCode.tsx renders is drawn into pixels here, from its own markup (the white square and the
 * path of dark modules), and read back with jsQR, like a phone camera would.
 */
import jsQR from 'jsqr';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { modulesPath, QrCode } from '../../../src/app/visit/QrCode';
import { vCardText } from '../../../src/domain/visit/vcard';

/** The QR code as the app renders it: its SVG markup. */
function renderedSvg(text: string): string {
  return renderToString(<QrCode text={text} label="QR-Code" />);
}

/**
 * Paints the SVG the app rendered: a white background and the dark path, which the app writes as
 * rectangles one module high ("M x y h w v1 h -w z"). Anything else in the path fails the test.
 */
function paint(svg: string): { pixels: Uint8ClampedArray; width: number; dark: boolean[][] } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const path = /<path d="([^"]*)" fill="#000000"/.exec(svg);
  expect(viewBox, svg).not.toBeNull();
  expect(path, svg).not.toBeNull();
  expect(svg).toContain('fill="#ffffff"');
  const modules = Number(viewBox![1]);
  expect(Number(viewBox![2])).toBe(modules);
  const dark = Array.from({ length: modules }, () => new Array<boolean>(modules).fill(false));
  const rectangle = /M(\d+) (\d+)h(\d+)v1h-(\d+)z/gy;
  let consumed = 0;
  for (const [all, x, y, w, back] of path![1]!.matchAll(rectangle)) {
    expect(back).toBe(w);
    for (let i = 0; i < Number(w); i++) dark[Number(y)]![Number(x) + i] = true;
    consumed += all.length;
  }
  expect(consumed, 'the path holds only module rectangles').toBe(path![1]!.length);

  const scale = 4;
  const width = modules * scale;
  const pixels = new Uint8ClampedArray(width * width * 4);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const value = dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
      pixels.set([value, value, value, 255], (y * width + x) * 4);
    }
  }
  return { pixels, width, dark };
}

/** A finder pattern (7×7: dark ring, light ring, dark 3×3 centre) with its top-left module at x, y. */
function finderAt(dark: boolean[][], x: number, y: number): boolean {
  for (let dy = 0; dy < 7; dy++) {
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      if (dark[y + dy]![x + dx] !== (ring !== 2)) return false;
    }
  }
  return true;
}

function scan(text: string): string | undefined {
  const { pixels, width } = paint(renderedSvg(text));
  return jsQR(pixels, width, width)?.data;
}

describe('QR codes', () => {
  it('hold the contacts link', () => {
    const link = 'https://bruecken.example/kontakte?ids=beratungsstelle-a,familienpunkt-b&lang=tr';
    expect(scan(link)).toBe(link);
  });

  it('hold a vCard with umlauts, escapes and folded lines unchanged', () => {
    const vcard = vCardText(
      {
        id: 'x',
        name: 'Familienpunkt Musterstadt; Beratung, Hilfe',
        organization: 'Kreisfamilienamt',
        phones: [{ number: '030 23125 456', dial: '+493023125456' }],
        address: { street: 'Friedrich-Ebert-Straße 17', postalCode: '59425', city: 'Unna' },
        hours: [{ lines: ['Mo.–Fr. 08:30–12:00', 'Do. 14:00–18:00'] }],
      },
      'Öffnungszeiten',
    );
    expect(scan(vcard)).toBe(vcard);
  });

  it('are drawn dark on white with a quiet zone, never mirrored, at whole pixels per module', () => {
    const svg = renderedSvg('https://bruecken.example/kontakte?ids=a&lang=ar');
    const [, modules] = /viewBox="0 0 (\d+) \d+"/.exec(svg)!;
    const [, width] = /width="(\d+)"/.exec(svg)!;
    expect(Number(width) % Number(modules)).toBe(0);
    expect(svg).toContain('dir="ltr"');
    const { dark } = paint(svg);
    const size = Number(modules);
    // The quiet zone: nothing dark in the outer 4 modules.
    const border = dark.flatMap((row, y) =>
      row.filter((on, x) => on && Math.min(x, y, size - 1 - x, size - 1 - y) < 4),
    );
    expect(border).toEqual([]);
    // Finder patterns top left, top right and bottom left (a mirrored code would have one bottom right).
    expect(finderAt(dark, 4, 4)).toBe(true);
    expect(finderAt(dark, size - 11, 4)).toBe(true);
    expect(finderAt(dark, 4, size - 11)).toBe(true);
    expect(finderAt(dark, size - 11, size - 11)).toBe(false);
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
