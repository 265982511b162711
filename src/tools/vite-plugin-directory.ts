/**
 * Vite plugin: publishes the support directory with the app.
 * - `vite build`: validates directory/ and emits the directory in parts (data/directory-parts.json and
 *   data/parts/<sha256>.json) and, for app versions before the parts, data/directory.json +
 *   data/directory-manifest.json into the build output; invalid data fails the build with the German
 *   validation errors. Newly published service ids are added to directory/published-ids.txt.
 * - `vite dev`: serves the same files at /data/… freshly built from the YAML on each request,
 *   so an editor sees a change after a reload. `vite preview` serves dist/, which holds them already.
 * The service worker does not precache data/** (the app syncs the directory into IndexedDB itself).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { PARTS_MANIFEST_FILE } from '../domain/sync/parts-manifest';
import { formatIssue } from './directory/report';
import { loadSource } from './directory/load-source';
import { PUBLISHED_FILE, recordPublished } from './directory/published-ids';
import {
  buildTime,
  DIRECTORY_FILE,
  MANIFEST_FILE,
  PublishError,
  publishDirectory,
  type Published,
} from './directory/publish';

export interface DirectoryPluginOptions {
  /** Folder of the editorial source, relative to the Vite root (default: "directory"). */
  sourceDir?: string;
  /** The whole directory.json older app versions accept (default 25 MB; smaller in tests). */
  legacyMaxBytes?: number;
}

export const DATA_DIR = 'data';

/** Loads, validates and publishes; on invalid data returns the German error text. */
async function publishFrom(
  dir: string,
  legacyMaxBytes?: number,
): Promise<{ ok: true; published: Published } | { ok: false; text: string }> {
  const loaded = await loadSource(dir);
  if (!loaded.directory) {
    const lines = loaded.issues.map(formatIssue);
    return {
      ok: false,
      text: `Familienverzeichnis ungültig (${loaded.issues.length} Fehler) – bitte „npm run directory -- validate“:\n${lines.join('\n')}`,
    };
  }
  try {
    return { ok: true, published: publishDirectory(loaded.directory, buildTime(), undefined, legacyMaxBytes) };
  } catch (error) {
    if (error instanceof PublishError)
      return { ok: false, text: `Familienverzeichnis nicht veröffentlicht: ${error.message}` };
    throw error;
  }
}

export function directoryPlugin(options: DirectoryPluginOptions = {}): Plugin {
  let sourceDir = '';
  let isBuild = false;
  let published: Published | undefined;

  return {
    name: 'bff-directory',
    configResolved(config) {
      sourceDir = resolve(config.root, options.sourceDir ?? 'directory');
      isBuild = config.command === 'build';
    },
    async buildStart() {
      if (!isBuild) return;
      let result;
      try {
        result = await publishFrom(sourceDir, options.legacyMaxBytes);
      } catch (error) {
        this.error(`Familienverzeichnis nicht lesbar: ${(error as Error).message}`);
      }
      if (!result.ok) this.error(result.text);
      published = result.published;
      // The published ids stay in the source, so `validate` notices a published service that disappears.
      try {
        const added = await recordPublished(sourceDir, published.directory.organizations);
        if (added > 0)
          this.info(`${added} neu veröffentlichte Angebote in ${PUBLISHED_FILE} eingetragen – bitte mit einchecken`);
      } catch (error) {
        this.warn(`${PUBLISHED_FILE} nicht aktualisiert: ${(error as Error).message}`);
      }
    },
    generateBundle() {
      if (!published) return;
      for (const warning of published.warnings) this.warn(`Familienverzeichnis: ${warning}`);
      if (published.legacy) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${DIRECTORY_FILE}`, source: published.json });
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${MANIFEST_FILE}`, source: published.manifestJson });
      }
      for (const part of published.parts.files) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${part.path}`, source: part.body });
      }
      this.emitFile({
        type: 'asset',
        fileName: `${DATA_DIR}/${PARTS_MANIFEST_FILE}`,
        source: published.parts.manifestJson,
      });
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const prefix = `/${DATA_DIR}/`;
        if (!path.startsWith(prefix)) return next();
        const name = path.slice(prefix.length);
        const pick = (published: Published): string | undefined =>
          name === DIRECTORY_FILE
            ? published.legacy
              ? published.json
              : undefined
            : name === MANIFEST_FILE
              ? published.legacy
                ? published.manifestJson
                : undefined
              : name === PARTS_MANIFEST_FILE
                ? published.parts.manifestJson
                : published.parts.files.find((file) => file.path === name)?.body;
        try {
          const result = await publishFrom(sourceDir, options.legacyMaxBytes);
          if (!result.ok) {
            server.config.logger.error(result.text);
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(result.text);
            return;
          }
          const body = pick(result.published);
          if (body === undefined) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body);
        } catch (error) {
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(`Familienverzeichnis nicht lesbar: ${(error as Error).message}`);
        }
      });
    },
  };
}
