/**
 * Vite plugin: the module `virtual:locale-meta`, every locale's `_meta` record (who translated it,
 * whether a native speaker reviewed it) read from locales/*.json when the app is built. The language
 * chooser marks unreviewed translations from its very first render, without loading every
 * language's strings (about 110 KB) for these few bytes, and without the list growing under the
 * reader's finger when they arrive.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const LOCALE_META_ID = 'virtual:locale-meta';
const RESOLVED_ID = `\0${LOCALE_META_ID}`;

interface LocaleMeta {
  translator: string;
  reviewedByNativeSpeaker: boolean;
  /** "Übersetzung noch nicht geprüft" in the locale's own words (`language.notReviewed`), for unreviewed ones. */
  notReviewed?: string;
}

/** `_meta` of every locale file in `folder` that has one, by language code (the file name). */
export async function readLocaleMeta(folder: string): Promise<Record<string, LocaleMeta>> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();
  const meta: Record<string, LocaleMeta> = {};
  for (const file of files) {
    const parsed = JSON.parse(await readFile(join(folder, file), 'utf8')) as {
      _meta?: Partial<LocaleMeta>;
      language?: { notReviewed?: unknown };
    };
    const entry = parsed._meta;
    if (typeof entry?.translator !== 'string' || typeof entry.reviewedByNativeSpeaker !== 'boolean') continue;
    const note = parsed.language?.notReviewed;
    meta[file.slice(0, -'.json'.length)] = {
      translator: entry.translator,
      reviewedByNativeSpeaker: entry.reviewedByNativeSpeaker,
      ...(!entry.reviewedByNativeSpeaker && typeof note === 'string' && note !== '' ? { notReviewed: note } : {}),
    };
  }
  return meta;
}

export function localeMetaPlugin(localesDir = 'locales'): Plugin {
  let root = process.cwd();
  return {
    name: 'bff-locale-meta',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === LOCALE_META_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const folder = resolve(root, localesDir);
      for (const file of await readdir(folder)) if (file.endsWith('.json')) this.addWatchFile(join(folder, file));
      return `export default ${JSON.stringify(await readLocaleMeta(folder))};\n`;
    },
  };
}
