/**
 * German strings that only a lazy screen needs: the build leaves these blocks out of the first screen's
 * bundled German (src/tools/vite-plugin-locale-blocks.ts), and the screen's own module puts its block back
 * before any of its components renders. The first screen's lookup and i18next both read this same object
 * (i18next keeps the resources it was started with), so both find the block. Other languages' files are
 * loaded whole anyway.
 */
import de from '../../../locales/de.json';

/** Puts `strings` back at the dotted `path` ("timeline", "legal.privacy") unless the bundle already has it. */
export function restoreGermanBlock(path: string, strings: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = de as Record<string, unknown>;
  for (const key of keys) node = (node[key] ??= {}) as Record<string, unknown>;
  node[last] ??= strings;
}
