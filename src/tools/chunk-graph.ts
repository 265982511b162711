/** The chunks of a bundle and what they import, as the build plugins see them (Rollup's and Rolldown's OutputChunk). */
export interface ChunkImports {
  type: 'chunk' | 'asset';
  fileName: string;
  imports?: string[];
}

/** The chunks `start` load by static imports, themselves included, in the order they were found. */
export function reachableChunks(bundle: Record<string, ChunkImports>, start: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length > 0) {
    const name = todo.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    todo.push(...(bundle[name]?.imports ?? []));
  }
  return seen;
}

/**
 * Whether `bundle` is the app's (its entry is `index`): the service worker and the sync worker are built
 * separately, through the same plugins.
 */
export function isAppBundle(bundle: Record<string, { type: string; isEntry?: boolean; name?: string }>): boolean {
  return Object.values(bundle).some((c) => c.type === 'chunk' && c.isEntry === true && c.name === 'index');
}
