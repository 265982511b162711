/**
 * Two tabs syncing while the publication changes: the first tab's download of the older directory
 * arrives after the second tab stored the newer one. The phone keeps the newer one (compare-and-swap
 * inside the IndexedDB write) and both tabs show it. Needs `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { useDistCopySuite } from './dist-copy-suite';
import { publishedDirectory, republish } from './republish';
import { startStallingServer, type StallingServer } from './stalling-server';
import { storedDirectoryRecord } from './stored-languages';

const suite = useDistCopySuite();
let server: StallingServer | undefined;

afterAll(async () => {
  await server?.close();
});

interface Manifest {
  version: string;
  generatedAt: string;
  counts: { services: number };
  [field: string]: unknown;
}

/** The editorial team publishes a newer directory with one service fewer. */
async function publishNewer(dir: string, manifest: Manifest): Promise<Manifest> {
  const directory = await publishedDirectory(dir);
  const org = directory.organizations.find((o) => o.services.length >= 2)!;
  org.services = org.services.slice(1);
  directory.meta.version = `${manifest.version}-neuer`;
  directory.meta.generatedAt = new Date(Date.parse(manifest.generatedAt) + 86_400_000).toISOString();
  await republish(dir, directory);
  return {
    ...manifest,
    version: directory.meta.version,
    generatedAt: directory.meta.generatedAt,
    counts: { ...manifest.counts, services: manifest.counts.services - 1 },
  };
}

async function storedVersion(page: Page): Promise<string | undefined> {
  return (await storedDirectoryRecord(page))?.version;
}

describe('two tabs syncing while the publication changes', () => {
  it('the older download arriving last never replaces the newer directory', async () => {
    server = await startStallingServer(suite.server);
    const older = JSON.parse(await readFile(join(suite.dir, 'data/directory-manifest.json'), 'utf8')) as Manifest;
    const { held, release } = server.holdNextDirectory();

    // Tab A reads the older manifest and downloads the older directory, which is slow to arrive …
    const tabA = await suite.browser.newPage();
    await tabA.goto(`${server.url}/einstellungen`);
    await held;
    // … meanwhile the newer directory is published and tab B stores it.
    const newer = await publishNewer(suite.dir, older);
    const tabB = await suite.browser.newPage();
    await tabB.goto(`${server.url}/einstellungen`);
    await expect
      .poll(() => tabB.getByTestId('directory-summary').textContent(), { timeout: 20_000 })
      .toContain(`${newer.counts.services} Angebote`);
    expect(await storedVersion(tabB)).toBe(newer.version);

    // Now tab A's older download arrives, checked and complete: it is not stored over the newer one.
    release();
    await tabA.getByRole('button', { name: 'Jetzt aktualisieren' }).waitFor({ timeout: 20_000 });
    expect(await storedVersion(tabA)).toBe(newer.version);
    await expect
      .poll(() => tabA.getByTestId('directory-summary').textContent(), { timeout: 10_000 })
      .toContain(`${newer.counts.services} Angebote`);
    await tabB.reload();
    await expect
      .poll(() => tabB.getByTestId('directory-summary').textContent(), { timeout: 10_000 })
      .toContain(`${newer.counts.services} Angebote`);
  });
});
