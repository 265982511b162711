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
