/**
 * Vite plugin: German UI strings that only a lazy screen needs stay out of the first screen.
 * The entry bundles locales/de.json (the first screen renders German without i18next); in a
 * production build the top-level blocks named in LAZY_BLOCKS are left out of that import, and the
 * screen that needs a block imports `locales/de.json?block=<name>` and hands it to the translator
 * (src/app/timeline/strings.ts). Other languages are loaded whole on demand anyway.
 * Dev server and tests see the whole file.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';

/** The timeline's strings (about 1.3 KB gzip) are needed only once its screen or card loads. */
const LAZY_BLOCKS: readonly string[] = ['timeline'];

const GERMAN = /\/locales\/de\.json$/;
const BLOCK = /\/locales\/de\.json\?block=([\w-]+)$/;

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
        if (!(block[1]! in all)) this.error(`locales/de.json hat keinen Block „${block[1]}“`);
        return `export default ${JSON.stringify(all[block[1]!])};\n`;
      }
      if (!isBuild || !GERMAN.test(id)) return undefined;
      const all = JSON.parse(await readFile(id, 'utf8')) as Record<string, unknown>;
      for (const name of LAZY_BLOCKS) delete all[name];
      return JSON.stringify(all);
    },
  };
}
