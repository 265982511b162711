/**
 * Vite plugin: V8's compile hint (`//# allFunctionsCalledOnLoad`) on the chunks that only the
 * results need. The question screen loads them while the family is still answering; with the hint,
 * Chromium compiles every function in them right then (and keeps the code in its cache) instead of
 * one by one while the results are being built after the last answer: on a slow phone that was a
 * third of the wait. Chunks the first screen loads anyway get no hint, so start-up compiles nothing
 * it does not run. Browsers that do not know the comment ignore it.
 */
import type { Plugin } from 'vite';
import { isAppBundle, reachableChunks, type ChunkImports } from './chunk-graph';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The parts of a bundle chunk this needs (Rollup's OutputChunk has them). */
export interface ChunkInfo extends ChunkImports {
  isEntry?: boolean;
  facadeModuleId?: string | null;
}

export interface CompileHints {
  /** Lazily loaded modules (path endings) whose chunks, with all they import, get the hint ... */
  hint: readonly string[];
  /** ... except what the entry and these modules (loaded before, e.g. the screen that preloads) load. */
  loadedBefore: readonly string[];
}

function chunksOf(chunks: readonly ChunkInfo[], modules: readonly string[]): string[] {
  const found = chunks.filter((c) => modules.some((m) => c.facadeModuleId?.endsWith(m) === true));
  if (found.length !== modules.length) {
    throw new Error(`compile hints: not every module has a chunk of its own: ${modules.join(', ')}`);
  }
  return found.map((c) => c.fileName);
}

/** The file names of the chunks to give the hint, sorted. */
export function chunksToHint(bundle: Record<string, ChunkInfo>, { hint, loadedBefore }: CompileHints): string[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const before = reachableChunks(bundle, [
    ...chunks.filter((c) => c.isEntry).map((c) => c.fileName),
    ...chunksOf(chunks, loadedBefore),
  ]);
  return [...reachableChunks(bundle, chunksOf(chunks, hint))].filter((name) => !before.has(name)).sort();
}

export function compileHintsPlugin(hints: CompileHints): Plugin {
  return {
    name: 'bff-compile-hints',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (!isAppBundle(bundle)) return;
      for (const name of chunksToHint(bundle as Record<string, ChunkInfo>, hints)) {
        const chunk = bundle[name];
        if (chunk?.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
  };
}
