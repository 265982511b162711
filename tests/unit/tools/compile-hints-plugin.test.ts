/** Which chunks get V8's compile hint: what only the results need, never what start-up loads. */
import { describe, expect, it } from 'vitest';
import { chunksToHint, type ChunkInfo } from '../../../src/tools/vite-plugin-compile-hints';

function chunk(fileName: string, imports: string[], extra: Partial<ChunkInfo> = {}): ChunkInfo {
  return { type: 'chunk', fileName, imports, ...extra };
}

const files: ChunkInfo[] = [
  chunk('index.js', ['preact.js'], { isEntry: true }),
  chunk('preact.js', []),
  chunk('Question.js', ['preact.js', 'labels.js'], { facadeModuleId: '/app/src/app/guide/QuestionScreen.tsx' }),
  chunk('Results.js', ['preact.js', 'labels.js', 'List.js'], {
    facadeModuleId: '/app/src/app/guide/ResultsScreen.tsx',
  }),
  chunk('List.js', ['hours.js', 'preact.js']),
  chunk('hours.js', []),
  chunk('Search.js', ['preact.js'], { facadeModuleId: '/app/src/app/search/SearchScreen.tsx' }),
  { type: 'asset', fileName: 'index.css' },
];
const bundle: Record<string, ChunkInfo> = Object.fromEntries(files.map((c) => [c.fileName, c]));

describe('chunksToHint', () => {
  it('hints the results and what they import, not the entry, the question screen or other screens', () => {
    expect(
      chunksToHint(bundle, {
        hint: ['src/app/guide/ResultsScreen.tsx'],
        loadedBefore: ['src/app/guide/QuestionScreen.tsx'],
      }),
    ).toEqual(['List.js', 'Results.js', 'hours.js']);
  });

  it('refuses a module without a chunk of its own (a renamed screen must not silently lose the hint)', () => {
    expect(() =>
      chunksToHint(bundle, { hint: ['src/app/guide/Gone.tsx'], loadedBefore: ['src/app/guide/QuestionScreen.tsx'] }),
    ).toThrow(/Gone\.tsx/);
  });
});
