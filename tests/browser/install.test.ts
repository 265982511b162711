/**
 * Installability: the manifest, its icons, Chrome's own installability check, favicon links and robots.txt.
 * Needs a production build: `npm run build`, then `npx vitest run --project browser`.
 */
import { describe, expect, it } from 'vitest';
import { installabilityErrors, useBrowserSuite, waitForOfflineReady } from './harness';

const suite = useBrowserSuite();

interface ManifestIcon {
  src: string;
  sizes: string;
  type?: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}

async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(`${suite.server.url}${path}`);
  expect(response.status, path).toBe(200);
  return response;
}

describe('install as an app', () => {
  it('serves a German manifest with the promised fields', async () => {
    const manifest = await (await fetchOk('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({
      name: 'Brücken für Familien',
      short_name: 'Familienhilfe',
      lang: 'de',
      start_url: '/?source=pwa',
      scope: '/',
      display: 'standalone',
      theme_color: '#0b5c73',
      background_color: '#ffffff',
    });
    expect(manifest.description).toMatch(/Familien/);
    const icons = manifest.icons as ManifestIcon[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    expect(manifest.shortcuts.map((s: { name: string; url: string }) => `${s.name} → ${s.url}`)).toEqual([
      'Notfallnummern → /notfall',
      'Gespeicherte Kontakte → /merkliste',
    ]);
  });

  it('serves every manifest icon as a PNG of the declared size', async () => {
    const manifest = await (await fetchOk('/manifest.webmanifest')).json();
    const shortcutIcons = (manifest.shortcuts as { icons: ManifestIcon[] }[]).flatMap((s) => s.icons);
    for (const icon of [...(manifest.icons as ManifestIcon[]), ...shortcutIcons]) {
      const response = await fetchOk(icon.src);
      expect(response.headers.get('content-type'), icon.src).toMatch(/image\/png/);
      expect(pngSize(new Uint8Array(await response.arrayBuffer())), icon.src).toBe(icon.sizes);
    }
  });

  it('links a favicon and an apple-touch-icon that exist, and serves a real robots.txt', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    const hrefs = await page.$$eval('link[rel="icon"], link[rel="apple-touch-icon"]', (links) =>
      links.map((l) => l.getAttribute('href') ?? ''),
    );
    expect(hrefs).toEqual(expect.arrayContaining(['/icons/favicon.ico', '/icons/apple-touch-icon-180x180.png']));
    for (const href of hrefs) await fetchOk(href);
    const robots = await (await fetchOk('/robots.txt')).text();
    expect(robots).toMatch(/User-agent: \*\s+Allow: \//);
  });

  it('passes Chrome’s installability check once the service worker runs', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/`);
    await waitForOfflineReady(page);
    expect(await installabilityErrors(page)).toEqual([]);
  });

  it('sent no request to any host but 127.0.0.1', () => {
    expect(suite.browser.outsideRequests).toEqual([]);
  });
});
