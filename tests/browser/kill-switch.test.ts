/**
 * The kill switch: a phone with the app installed gets the emergency build (VITE_KILL_SWITCH=1) and ends
 * up with no service worker, no app caches, and the page loaded from the network, without a reload loop.
 * The test makes that build itself into a temp folder (a few seconds), then swaps it in under a running app.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_DIR } from '../fixtures/region';
import { REPO_ROOT, launchBrowser, waitForOfflineReady, type RunningServer, type TestBrowser } from './harness';
import { copyDist, startStaticServer } from './static-server';

let copy: Awaited<ReturnType<typeof copyDist>>;
let killBuild: string;
let server: RunningServer;
let browser: TestBrowser;

/** The emergency build of the test region (like `npm run build:fixture`, with VITE_KILL_SWITCH=1). */
async function buildKillSwitch(outDir: string): Promise<void> {
  const before = { kill: process.env.VITE_KILL_SWITCH, source: process.env.BFF_DIRECTORY_DIR };
  process.env.VITE_KILL_SWITCH = '1';
  process.env.BFF_DIRECTORY_DIR = REGION_DIR;
  try {
    await build({ root: REPO_ROOT, configLoader: 'runner', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    restore('VITE_KILL_SWITCH', before.kill);
    restore('BFF_DIRECTORY_DIR', before.source);
  }
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

beforeAll(async () => {
  copy = await copyDist();
  killBuild = await mkdtemp(join(tmpdir(), 'bff-kill-'));
  await buildKillSwitch(killBuild);
  server = await startStaticServer(copy.dir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
  if (killBuild) await rm(killBuild, { recursive: true, force: true });
});

describe('kill switch', () => {
  it('retires the installed worker and its caches, and the app keeps working from the network', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await waitForOfflineReady(page);
    expect(await page.evaluate(() => caches.keys())).not.toEqual([]);

    // Deploy the emergency build over the running release.
    await rm(copy.dir, { recursive: true, force: true });
    await cp(killBuild, copy.dir, { recursive: true });

    // The installed app checks for a new sw.js (as on its next start); the kill-switch worker takes over.
    const reloaded = page.waitForEvent('load', { timeout: 15_000 });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await reloaded;
    await page.locator('h1').first().waitFor({ state: 'visible' });

    // Give a reload loop every chance to show, then check the end state.
    await page.waitForTimeout(2000);
    const end = await page.evaluate(async () => ({
      registrations: (await navigator.serviceWorker.getRegistrations()).length,
      controlled: navigator.serviceWorker.controller !== null,
      caches: await caches.keys(),
    }));
    expect(end).toEqual({ registrations: 0, controlled: false, caches: [] });
    await page.locator('h1').first().waitFor({ state: 'visible' });
  });

  it('sent no request to any host but 127.0.0.1', () => {
    expect(browser.outsideRequests).toEqual([]);
  });
});
