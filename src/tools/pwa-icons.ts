/**
 * Vite plugin: draws the app icons (PNG, favicon.ico, apple-touch-icon) from the one source drawing
 * `public/icon.svg` into `public/icons/` (git-ignored) before `vite build` and `vite dev` start.
 *
 * Why a plugin and not an npm pre-script: it runs for every way Vite is started (npm scripts, `npx vite build`,
 * the browser tests), and Vite copies `public/` into `dist/` only after `buildStart`, so the fresh files ship.
 * Icons are only redrawn when icon.svg is newer than the generated files (sharp takes about a second).
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Preset } from '@vite-pwa/assets-generator/config';
import { instructions } from '@vite-pwa/assets-generator/api/instructions';
import { generateAssets } from '@vite-pwa/assets-generator/api/generate-assets';

/** The files the web app manifest and index.html link to (all under /icons/). */
export const PWA_ICON_FILES = {
  favicon: 'favicon.ico',
  appleTouch: 'apple-touch-icon-180x180.png',
  shortcut96: 'pwa-96x96.png',
  any192: 'pwa-192x192.png',
  any512: 'pwa-512x512.png',
  maskable512: 'maskable-icon-512x512.png',
} as const;

// icon.svg already has a full-bleed background and keeps its drawing inside the maskable safe zone,
// so no extra padding is added: the same drawing becomes every icon.
const preset: Preset = {
  transparent: { sizes: [96, 192, 512], favicons: [[48, PWA_ICON_FILES.favicon]], padding: 0 },
  maskable: { sizes: [512], padding: 0, resizeOptions: { background: '#0b5c73' } },
  apple: { sizes: [180], padding: 0, resizeOptions: { background: '#0b5c73' } },
};

function isFresh(source: string, outDir: string): boolean {
  const sourceTime = statSync(source).mtimeMs;
  return Object.values(PWA_ICON_FILES).every((name) => {
    const file = resolve(outDir, name);
    return existsSync(file) && statSync(file).mtimeMs >= sourceTime;
  });
}

/** Generates the icons unless they are already newer than the source drawing. Returns true if it drew them. */
async function generatePwaIcons(root: string): Promise<boolean> {
  const source = resolve(root, 'public/icon.svg');
  const outDir = resolve(root, 'public/icons');
  if (!existsSync(source)) {
    throw new Error(`App-Symbol fehlt: ${source}. Die Icons werden aus dieser einen SVG-Datei erzeugt.`);
  }
  if (isFresh(source, outDir)) return false;
  mkdirSync(outDir, { recursive: true });
  const plan = await instructions({
    imageResolver: () => readFileSync(source),
    imageName: source,
    originalName: 'icon.svg',
    preset,
    faviconPreset: '2023',
    htmlLinks: { xhtml: false, includeId: false },
    basePath: '/icons/',
    resolveSvgName: (name) => name,
  });
  await generateAssets(plan, true, outDir);
  return true;
}

export function pwaIcons(): Plugin {
  let root = process.cwd();
  return {
    name: 'bff:pwa-icons',
    configResolved(config) {
      root = config.root;
    },
    async buildStart() {
      // Unit tests load vite.config.ts too; they never need the icons.
      if (process.env.VITEST) return;
      if (await generatePwaIcons(root)) this.info('App-Icons aus public/icon.svg erzeugt (public/icons/).');
    },
  };
}
