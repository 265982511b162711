/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { pwaIcons } from './src/tools/pwa-icons';
import { pwaManifest } from './src/tools/pwa-manifest';
import { compileHintsPlugin } from './src/tools/vite-plugin-compile-hints';
import { deployHeadersPlugin } from './src/tools/vite-plugin-deploy-headers';
import { hoistImportsPlugin } from './src/tools/vite-plugin-hoist-imports';
import { directoryPlugin } from './src/tools/vite-plugin-directory';
import { localeBlocksPlugin } from './src/tools/vite-plugin-locale-blocks';
import { localeMetaPlugin } from './src/tools/vite-plugin-locale-meta';
import { prerenderPlugin } from './src/tools/vite-plugin-prerender';
import { timelinePlugin } from './src/tools/vite-plugin-timeline';
import { localeNamesPlugin } from './src/tools/vite-plugin-locale-names';

const port = Number(process.env.PORT ?? 4173);
// Emergency build that retires the service worker everywhere: see src/sw/kill-switch.ts.
const killSwitch = process.env.VITE_KILL_SWITCH === '1';
// The directory's editorial source: directory/ unless BFF_DIRECTORY_DIR names another folder
// (the browser tests build the test region in tests/fixtures/region this way: npm run build:fixture).
const directorySource = process.env.BFF_DIRECTORY_DIR || 'directory';

export default defineConfig({
  plugins: [
    preact(),
    pwaIcons(),
    directoryPlugin({ sourceDir: directorySource }),
    localeMetaPlugin(),
    // Weekday and language names from the build's locale data: a card needs none of the phone's tables.
    localeNamesPlugin(),
    // German strings of lazy screens (the timeline) stay out of the first screen's bundle.
    localeBlocksPlugin(),
    // The child's timeline (timeline.yaml next to the directory), bundled with the timeline screen only.
    timelinePlugin({ sourceDir: directorySource }),
    // Each chunk names every chunk it needs, so a screen's deeper chunks are fetched at once.
    hoistImportsPlugin(),
    // The results' code is compiled while the family answers (the question screen preloads it).
    compileHintsPlugin({
      hint: ['src/app/guide/ResultsScreen.tsx'],
      loadedBefore: ['src/app/guide/QuestionScreen.tsx'],
    }),
    // After the bundle, before the service worker's precache list: the ready first-question page.
    prerenderPlugin(),
    VitePWA({
      strategies: 'injectManifest',
      // The kill-switch build swaps in an entry that only retires the worker (same output name: sw.js).
      srcDir: killSwitch ? 'src/sw/kill' : 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: pwaManifest,
      // The glob below already precaches every icon; the plugin adds manifest.webmanifest itself.
      includeManifestIcons: false,
      injectManifest: {
        // The kill-switch worker precaches nothing, so it has no injection point.
        injectionPoint: killSwitch ? undefined : 'self.__WB_MANIFEST',
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json}'],
        // The directory is synced into IndexedDB by the app itself, never precached.
        globIgnores: ['data/**'],
      },
    }),
    // npm start sends the headers a host must send (README, "Deploying"): CSP with frame-ancestors, Cache-Control.
    deployHeadersPlugin(),
  ],
  // The sync worker (src/worker/) is an ES module worker, like the app itself.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // One stylesheet, loaded with the page: a lazy screen's own stylesheet had to arrive (and its load
    // event wait for a busy main thread) before the screen's code was even asked for, 0.1–0.3 s on a
    // cold start with a 4× slower CPU. All of it is 5 KB gzip.
    cssCodeSplit: false,
    modulePreload: {
      // Every browser the app supports knows <link rel="modulepreload">: no polyfill to run at start.
      polyfill: false,
      // A lazy chunk's imports are not announced as one preload link each: the browser fetches them as
      // it reads the chunk, all levels at once (hoistImportsPlugin above). Appending a link per chunk of a
      // screen (about 35 for the results and search pages) was traced at 100–130 ms of the app entry's
      // task with a 4× slower CPU, the longest task of a cold start.
      resolveDependencies: () => [],
    },
  },
  preview: { host: '127.0.0.1', port, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time (the build machine has two cores): each has its own server on a free
          // port, its own browser profile and its own copy of the build where it changes files.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
