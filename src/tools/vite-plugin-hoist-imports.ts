/**
 * Vite plugin: every chunk names all the chunks it needs, not only those it imports directly.
 *
 * A browser learns a module's imports only by reading it. The search and results screens' code is
 * three levels of chunks deep (the screen, the list it imports, the text and hours code the list
 * imports), so a cold start asked for each level only after the previous one had arrived and the
 * main thread, busy drawing the first frame, had read it: 60–200 ms apart at 4× CPU. With the deeper
 * chunks named in the screen's chunk as well, they are all asked for at once.
 *
 * Rollup does this by itself (`hoistTransitiveImports`); Rolldown does not. The extra imports are
 * appended at the end of the chunk: the browser fetches them as soon as it has read the chunk, and
 * they change nothing in the order the modules run (each was run already, through the chunk that
 * imports it). Preload links would do the same and were traced too slow to append (vite.config.ts).
 *
 * The lines are added after the file names are hashed. A name still stands for one content: a chunk's
 * hash covers its direct imports' names, theirs cover their imports, so the name fixes the whole set.
 */
import type { Plugin } from 'vite';
import { isAppBundle, reachableChunks, type ChunkImports } from './chunk-graph';

/**
 * For each chunk with deeper imports: the chunks it needs through others but does not import itself,
 * as paths relative to it.
 */
export function transitiveImports(bundle: Record<string, ChunkImports>): Map<string, string[]> {
  const added = new Map<string, string[]>();
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const own = new Set(chunk.imports ?? []);
    const deeper = [...reachableChunks(bundle, [...own])].filter((name) => !own.has(name) && name !== chunk.fileName);
    if (deeper.length > 0)
      added.set(
        chunk.fileName,
        deeper.map((name) => relativePath(chunk.fileName, name)),
      );
  }
  return added;
}

/** `./b.js` from `assets/a.js` to `assets/b.js`: the import specifier one chunk uses for another. */
function relativePath(from: string, to: string): string {
  const fromDir = from.split('/').slice(0, -1);
  const toParts = to.split('/');
  let common = 0;
  while (common < fromDir.length && fromDir[common] === toParts[common]) common++;
  const up = fromDir.length - common;
  const rest = toParts.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

export function hoistImportsPlugin(): Plugin {
  return {
    name: 'bff-hoist-imports',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (!isAppBundle(bundle)) return;
      for (const [name, paths] of transitiveImports(bundle as Record<string, ChunkImports>)) {
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk') continue;
        chunk.code = `${chunk.code}\n${paths.map((path) => `import ${JSON.stringify(path)};`).join('')}\n`;
      }
    },
  };
}
