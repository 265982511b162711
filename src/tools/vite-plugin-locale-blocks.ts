/**
 * Vite plugin: German UI strings that only a lazy screen needs stay out of the first screen.
 * The entry bundles locales/de.json (the first screen renders German without i18next); in a
 * production build the top-level blocks named in LAZY_BLOCKS are left out of that import, and the
 * screen that needs a block imports `locales/de.json?block=<name>` and hands it to the translator
 * (src/app/i18n/german-block.ts). Other languages are loaded whole on demand anyway.
 * Dev server and tests see the whole file.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/**
 * Blocks (a dotted path names one inside another) needed only once their screens load: the timeline's strings
 * (about 1.3 KB gzip) and the long texts of the three legal pages (about 2.5 KB; their link labels stay).
 */
const LAZY_BLOCKS: readonly string[] = ['timeline', 'legal.imprint', 'legal.privacy', 'legal.accessibility'];

/** The object that holds the block at `path`, and the block's own key. */
function parentOf(all: Record<string, unknown>, path: string): [Record<string, unknown> | undefined, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node: unknown = all;
  for (const key of keys) node = (node as Record<string, unknown> | undefined)?.[key];
  return [node as Record<string, unknown> | undefined, last];
}

const GERMAN = /\/locales\/de\.json$/;
const BLOCK = /\/locales\/de\.json\?block=([\w.-]+)$/;

export function localeBlocksPlugin(): Plugin {
  let isBuild = false;
  return {
    name: 'bff-locale-blocks',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async load(id) {
      const block = BLOCK.exec(id);
      if (block) {
        const file = id.slice(0, id.indexOf('?'));
        const all = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
        const [parent, key] = parentOf(all, block[1]!);
        if (!parent || !(key in parent)) this.error(`locales/de.json hat keinen Block „${block[1]}“`);
        return `export default ${JSON.stringify(parent[key])};\n`;
      }
      if (!isBuild || !GERMAN.test(id)) return undefined;
      const all = JSON.parse(await readFile(id, 'utf8')) as Record<string, unknown>;
      for (const path of LAZY_BLOCKS) {
        const [parent, key] = parentOf(all, path);
        if (parent) delete parent[key];
      }
      return JSON.stringify(all);
    },
  };
}
