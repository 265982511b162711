/**
 * The header draws the app's mark inline (src/app/frame/BrandMark.tsx) instead of loading
 * public/icon.svg, the source of every app icon: both must show the same shapes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const shapes = (source: string) => ({
  paths: [...source.matchAll(/\bd="([^"]+)"/g)].map((m) => m[1]),
  circles: [...source.matchAll(/<circle cx="(\d+)" cy="(\d+)" r="(\d+)"/g)].map((m) => m.slice(1).join(',')),
  rects: [...source.matchAll(/<rect ([^/]+)\/>/g)].map((m) => m[1]!.replace(/[{}]/g, '').trim()),
});

describe('the header mark', () => {
  it('draws the same shapes as public/icon.svg', () => {
    const icon = shapes(read('public/icon.svg'));
    const mark = shapes(read('src/app/frame/BrandMark.tsx'));
    expect(icon.paths.length).toBeGreaterThan(0);
    expect(mark.paths).toEqual(icon.paths);
    expect(mark.circles).toEqual(icon.circles);
    expect(mark.rects.map((r) => r.replace(/fill="[^"]+"/, '').trim())).toEqual(
      icon.rects.map((r) => r.replace(/fill="[^"]+"/, '').trim()),
    );
  });
});
