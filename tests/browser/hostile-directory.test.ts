/**
 * A poisoned directory is published while a family already has the real one: script tags and a
 * javascript: link in the data, then a part announced with a wrong hash, then a truncated part. Each time the phone keeps
 * the old directory, says the new data was broken, runs no injected code and keeps working.
 * Needs `npm run build` first.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/domain/directory/schema';
import { PARTS_MANIFEST_FILE, partPath, type PartsManifest } from '../../src/domain/sync/parts-manifest';
import { expectNoOutsideRequests, launchBrowser, type RunningServer, type TestBrowser } from './harness';
import { publishedDirectory, readPartsManifest, republish } from './republish';
import { copyDist, startStaticServer } from './static-server';

interface Manifest {
  version: string;
  counts: { services: number };
}

const INJECTED = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">`;
const BROKEN_NOTE = 'Die neuen Daten waren fehlerhaft und wurden nicht übernommen.';

let copy: Awaited<ReturnType<typeof copyDist>>;
let server: RunningServer;
let browser: TestBrowser;
let original: { directory: Directory; manifest: Manifest; parts: PartsManifest };

beforeAll(async () => {
  copy = await copyDist();
  server = await startStaticServer(copy.dir);
  browser = await launchBrowser();
  original = {
    directory: await publishedDirectory(copy.dir),
    manifest: JSON.parse(await readFile(join(copy.dir, 'data/directory-manifest.json'), 'utf8')) as Manifest,
    parts: await readPartsManifest(copy.dir),
  };
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

/**
 * Publishes the original parts under a new version, one part replaced by `bytes` under the name
 * `sha256` with the size `size` announced: a lie about a part's hash or size.
 */
async function publishLyingPart(version: string, bytes: Buffer, sha256: string, size: number): Promise<void> {
  await writeFile(join(copy.dir, 'data', partPath(sha256)), bytes);
  const shared = original.parts.shared.map((part, i) => (i === 1 ? { sha256, bytes: size } : part));
  const manifest: PartsManifest = { ...original.parts, version: `${original.manifest.version}-${version}`, shared };
  await writeFile(join(copy.dir, 'data', PARTS_MANIFEST_FILE), JSON.stringify(manifest));
}

function poisonedDirectory(): Directory {
  const directory = structuredClone(original.directory);
  directory.meta.version = `${original.manifest.version}-gift`;
  const service = directory.organizations[0]!.services[0]!;
  service.name.de = INJECTED;
  service.website = 'javascript:window.__pwned = 3';
  directory.organizations[1]!.website = 'data:text/html,<script>alert(1)</script>';
  return directory;
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
    browser.context.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/data/parts/')) directoryDownloads += 1;
    });
    await page.goto(`${server.url}/einstellungen`);
    await expect
      .poll(() => page.getByTestId('directory-summary').textContent(), { timeout: 20_000 })
      .toContain(`Verzeichnis: ${original.manifest.counts.services} Angebote`);

    // 1. Script tags and javascript:/data: links, published the way the build does: the schema refuses it.
    await republish(copy.dir, poisonedDirectory());
    await expectOldDirectoryKept(page);
    // 2. A real part's bytes announced under another hash.
    const real = await readFile(join(copy.dir, 'data', partPath(original.parts.shared[1]!.sha256)));
    await publishLyingPart('hash', real, 'f'.repeat(64), real.byteLength);
    await expectOldDirectoryKept(page);
    // 3. A part cut off half-way, announced as complete.
    await publishLyingPart('halb', real.subarray(0, real.byteLength / 2), 'e'.repeat(64), real.byteLength);
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
