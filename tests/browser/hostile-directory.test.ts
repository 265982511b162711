/**
 * A poisoned directory is published while a family already has the real one: script tags and a
 * javascript: link in the data, then a wrong hash, then a truncated body. Each time the phone keeps
 * the old directory, says the new data was broken, runs no injected code and keeps working.
 * Needs `npm run build` first.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOutsideRequests, launchBrowser, type RunningServer, type TestBrowser } from './harness';
import { copyDist, startStaticServer } from './static-server';

interface Manifest {
  version: string;
  sha256: string;
  bytes: number;
  counts: { services: number };
}
type Published = {
  meta: { version: string };
  organizations: { website?: string; services: { name: { de: string }; website?: string }[] }[];
};

const INJECTED = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
const BROKEN_NOTE = 'Die neuen Daten waren fehlerhaft und wurden nicht übernommen.';

let copy: Awaited<ReturnType<typeof copyDist>>;
let server: RunningServer;
let browser: TestBrowser;
let original: { body: Buffer; manifest: Manifest };

beforeAll(async () => {
  copy = await copyDist();
  server = await startStaticServer(copy.dir);
  browser = await launchBrowser();
  original = {
    body: await readFile(join(copy.dir, 'data/directory.json')),
    manifest: JSON.parse(await readFile(join(copy.dir, 'data/directory-manifest.json'), 'utf8')) as Manifest,
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

/** Publishes `body` with a manifest for a new version; `lie` changes what the manifest claims. */
async function publishPoison(body: Buffer, lie: Partial<Manifest> = {}): Promise<void> {
  const manifest: Manifest = {
    ...original.manifest,
    version: `${original.manifest.version}-gift`,
    sha256: createHash('sha256').update(body).digest('hex'),
    bytes: body.byteLength,
    ...lie,
  };
  await writeFile(join(copy.dir, 'data/directory.json'), body);
  await writeFile(join(copy.dir, 'data/directory-manifest.json'), JSON.stringify(manifest));
}

function poisonedDirectory(): Buffer {
  const directory = JSON.parse(original.body.toString('utf8')) as Published;
  directory.meta.version = `${original.manifest.version}-gift`;
  const service = directory.organizations[0]!.services[0]!;
  service.name.de = INJECTED;
  service.website = 'javascript:window.__pwned = 3';
  directory.organizations[1]!.website = 'data:text/html,<script>alert(1)</script>';
  return Buffer.from(JSON.stringify(directory));
}

let directoryDownloads = 0;

async function expectOldDirectoryKept(page: Page): Promise<void> {
  const before = directoryDownloads;
  await page.goto(`${server.url}/einstellungen`);
  // The new publication was really downloaded (and refused), not skipped.
  await expect.poll(() => directoryDownloads, { timeout: 20_000 }).toBeGreaterThan(before);
  await expect.poll(() => page.locator('main').textContent(), { timeout: 20_000 }).toContain(BROKEN_NOTE);
  expect(await page.getByTestId('directory-summary').textContent()).toContain(
    `Verzeichnis: ${original.manifest.counts.services} Angebote`,
  );
}

describe('a poisoned directory', () => {
  it('is rejected every way it arrives; the old directory stays and the app keeps working', async () => {
    const page = await browser.newPage();
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/data/directory.json') directoryDownloads += 1;
    });
    await page.goto(`${server.url}/einstellungen`);
    await expect
      .poll(() => page.getByTestId('directory-summary').textContent(), { timeout: 20_000 })
      .toContain(`Verzeichnis: ${original.manifest.counts.services} Angebote`);

    // 1. Script tags and javascript:/data: links, with a manifest that matches: the schema refuses it.
    await publishPoison(poisonedDirectory());
    await expectOldDirectoryKept(page);
    // 2. The real bytes announced with a wrong hash.
    await publishPoison(original.body, { sha256: 'f'.repeat(64), version: `${original.manifest.version}-hash` });
    await expectOldDirectoryKept(page);
    // 3. A body cut off half-way, announced as complete.
    await publishPoison(original.body.subarray(0, original.body.byteLength / 2), {
      bytes: original.body.byteLength,
      version: `${original.manifest.version}-halb`,
    });
    await expectOldDirectoryKept(page);

    // The app still works from the old directory: the search finds real entries, nothing injected ran.
    await page.goto(`${server.url}/suche?q=Beratung`);
    await expect.poll(() => page.locator('main a[href^="/angebot/"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.goto(`${server.url}/notfall`);
    await page.locator('a[href="tel:112"]').first().waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('body').innerHTML()).not.toContain('__pwned');
    expectNoOutsideRequests(browser);
  });
});
