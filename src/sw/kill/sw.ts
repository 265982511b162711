/// <reference lib="WebWorker" />
/**
 * Entry of the emergency worker, built instead of ../sw.ts by `VITE_KILL_SWITCH=1 npm run build`
 * (vite.config.ts points srcDir here). Same output name, /sw.js, so every installed copy picks it up.
 */
import { retireWorker } from '../kill-switch';

declare const self: ServiceWorkerGlobalScope;

retireWorker(self);
