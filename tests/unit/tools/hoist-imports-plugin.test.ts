/** Which imports a chunk gets appended: every chunk it needs through others, so all are fetched at once. */
import { describe, expect, it } from 'vitest';
import type { ChunkImports } from '../../../src/tools/chunk-graph';
import { transitiveImports } from '../../../src/tools/vite-plugin-hoist-imports';

function chunk(fileName: string, imports: string[]): ChunkImports {
  return { type: 'chunk', fileName, imports };
}

function bundleOf(chunks: ChunkImports[]): Record<string, ChunkImports> {
  return Object.fromEntries(chunks.map((c) => [c.fileName, c]));
}

describe('transitiveImports', () => {
  it('names the deeper chunks of a screen, but none it imports itself', () => {
    const bundle = bundleOf([
      chunk('assets/index.js', ['assets/preact.js']),
      chunk('assets/preact.js', []),
      chunk('assets/Search.js', ['assets/preact.js', 'assets/List.js']),
      chunk('assets/List.js', ['assets/preact.js', 'assets/text.js']),
      chunk('assets/text.js', ['assets/valibot.js']),
      chunk('assets/valibot.js', []),
      { type: 'asset', fileName: 'assets/style.css' },
    ]);
    const added = transitiveImports(bundle);
    expect(added.get('assets/Search.js')?.sort()).toEqual(['./text.js', './valibot.js']);
    expect(added.get('assets/List.js')).toEqual(['./valibot.js']);
    // Chunks whose imports are all direct get nothing.
    expect(added.has('assets/index.js')).toBe(false);
    expect(added.has('assets/text.js')).toBe(false);
    expect(added.has('assets/style.css')).toBe(false);
  });

  it('never names the chunk itself when chunks import each other in a circle', () => {
    const bundle = bundleOf([
      chunk('assets/a.js', ['assets/b.js']),
      chunk('assets/b.js', ['assets/c.js']),
      chunk('assets/c.js', ['assets/a.js']),
    ]);
    const added = transitiveImports(bundle);
    expect(added.get('assets/a.js')).toEqual(['./c.js']);
    expect(added.get('assets/b.js')).toEqual(['./a.js']);
    expect(added.get('assets/c.js')).toEqual(['./b.js']);
  });

  it('writes paths relative to the importing chunk, also across folders', () => {
    const bundle = bundleOf([
      chunk('assets/screens/Search.js', ['assets/screens/List.js']),
      chunk('assets/screens/List.js', ['assets/lib/text.js']),
      chunk('assets/lib/text.js', ['top.js']),
      chunk('top.js', []),
    ]);
    expect(transitiveImports(bundle).get('assets/screens/Search.js')?.sort()).toEqual([
      '../../top.js',
      '../lib/text.js',
    ]);
  });
});
