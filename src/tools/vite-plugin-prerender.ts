/**
 * Vite plugin: writes the first question of the guide as a ready page, dist/fragen/1.html,
 * rendered from the app's own components (src/app/first-question/prerender.tsx) with the directory's guide. A cold
 * start on /fragen/1 (the start screen's main button, the guide's shortcut) shows the question as
 * soon as the page is parsed; the app takes the page over once its code has run. Runs after the
 * bundle is written and before the service worker's precache list is made, so the page is precached.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import preact from '@preact/preset-vite';
import { createServer, type Plugin } from 'vite';
import type { Guide } from '../domain/directory/guide-schema';
import {
  FIRST_QUESTION_FILE,
  FIRST_QUESTION_PATH,
  GUIDE_DATA_ID,
  PAGE_CHECK_FILE,
  PAGE_KEYS,
  PRERENDERED,
  type PageKeys,
} from '../domain/guide/first-question-page';
import { DATA_DIR } from './vite-plugin-directory';
import { PARTS_MANIFEST_FILE, partPath, type PartsManifest } from '../domain/sync/parts-manifest';
import { localeMetaPlugin } from './vite-plugin-locale-meta';
import { localeNamesPlugin } from './vite-plugin-locale-names';

/**
 * Runs before the first paint and hides the German page when this visit shows another language.
 * `async` lets the parser go on to the question meanwhile; `blocking="render"` keeps the page from
 * being painted before the script has run.
 */
export const LANGUAGE_CHECK_SCRIPT = `/${PAGE_CHECK_FILE}`;

/** The check script as the page loads it: the function, called with the names it shares with the app. */
export function pageCheckScript(pageCheck: (keys: PageKeys) => void): string {
  return `/* Built from src/app/first-question/page-check.ts */\n(${pageCheck.toString()})(${JSON.stringify(PAGE_KEYS)});\n`;
}

/** The built index.html's module entry and modulepreload links, with the white space before them. */
const MODULE_TAGS = /\s*(?:<script type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)/g;

/**
 * Puts the rendered markup into the app's index.html (`title`: the h1's text, already escaped as
 * markup). Inline style attributes are left out: the Content-Security-Policy (style-src 'self')
 * refuses them in markup; the app sets them once it runs. The guide goes along as a JSON data block
 * (never run as a script; `<` escaped so no text can end the block), so on a first visit the
 * questions can be answered while the directory is still downloading.
 */
export function prerenderedPage(template: string, markup: string, title: string, guide: Guide): string {
  const withoutStyles = markup.replace(/\sstyle="[^"]*"/g, '');
  const guideData = JSON.stringify(guide).replace(/</g, '\\u003c');
  // The app's module script and its preloads follow the question instead of preceding it in the head:
  // the parser reaches the question without first issuing five requests (module scripts run after
  // parsing either way). Measured: the question painted about 100 ms sooner with a 4× slower CPU.
  const appScripts = template.match(MODULE_TAGS) ?? [];
  const page = template
    .replace(MODULE_TAGS, '')
    .replace(
      '<div id="app"></div>',
      `<div id="app" ${PRERENDERED}="${FIRST_QUESTION_PATH}">${withoutStyles}</div>\n    ` +
        appScripts.map((tag) => `${tag.trim()}\n    `).join('') +
        `<script type="application/json" id="${GUIDE_DATA_ID}">${guideData}</script>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${title} – Brücken für Familien</title>`)
    .replace(/<\/title>/, `</title>\n    <script src="${LANGUAGE_CHECK_SCRIPT}" async blocking="render"></script>`);
  if (!page.includes(`${PRERENDERED}="${FIRST_QUESTION_PATH}"`)) {
    throw new Error('index.html has no empty <div id="app"></div> to render the first question into');
  }
  return page;
}

export function prerenderPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'bff-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async writeBundle(options) {
      const outDir = options.dir ?? join(root, 'dist');
      const template = await readFile(join(outDir, 'index.html'), 'utf8');
      // The guide's questions from the head part (part 0), which every publication has (directory.json may be left out).
      const dataDir = join(outDir, DATA_DIR);
      const parts = JSON.parse(await readFile(join(dataDir, PARTS_MANIFEST_FILE), 'utf8')) as PartsManifest;
      const headFile = join(dataDir, partPath(parts.shared[0]!.sha256));
      const directory = JSON.parse(await readFile(headFile, 'utf8')) as { guide: Guide };
      // The app's modules, loaded the way Vite serves them, but in Node (no browser involved).
      const server = await createServer({
        root,
        configFile: false,
        logLevel: 'error',
        plugins: [preact(), localeMetaPlugin(), localeNamesPlugin()],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
      });
      try {
        const module = (await server.ssrLoadModule('/src/app/first-question/prerender.tsx')) as {
          renderFirstQuestion(guide: Guide): Promise<{ markup: string; title: string }>;
          pageCheck(keys: PageKeys): void;
        };
        const { markup, title } = await module.renderFirstQuestion(directory.guide);
        // A screen that could not be loaded here (a module the server above cannot resolve) renders the
        // loading fallback: a page without its question must not ship.
        if (!markup.includes('<h1')) {
          this.error(`Die fertige Seite der ersten Frage enthält keine Frage (Bildschirm nicht geladen?): ${title}`);
        }
        const file = join(outDir, FIRST_QUESTION_FILE);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, prerenderedPage(template, markup, title, directory.guide));
        await writeFile(join(outDir, PAGE_CHECK_FILE), pageCheckScript(module.pageCheck));
      } finally {
        await server.close();
      }
    },
  };
}
