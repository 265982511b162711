import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  cacheControlFor,
  deployHeadersPlugin,
  headerPolicy,
  metaPolicyOf,
} from '../../../src/tools/vite-plugin-deploy-headers';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

describe('npm start sends the headers the README documents', () => {
  it('the Content-Security-Policy header is the documented one, frame-ancestors included', () => {
    const documented = /^Content-Security-Policy: (.+)$/m.exec(read('README.md'))?.[1];
    expect(headerPolicy(metaPolicyOf(read('index.html')))).toBe(documented);
  });

  it('Cache-Control: hashed files for a year, everything else revalidated', () => {
    expect(cacheControlFor('/assets/index-abc123.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControlFor(`/data/parts/${'ab'.repeat(32)}.json`)).toBe('public, max-age=31536000, immutable');
    for (const path of [
      '/',
      '/sw.js',
      '/index.html',
      '/fragen/1',
      '/data/directory.json',
      '/data/directory-parts.json',
      '/manifest.webmanifest',
    ]) {
      expect(cacheControlFor(path)).toBe('no-cache');
    }
  });

  it('sets both on every response of the preview server', () => {
    const handlers: ((
      req: { url?: string },
      res: { setHeader: (n: string, v: string) => void },
      next: () => void,
    ) => void)[] = [];
    const plugin = deployHeadersPlugin(new URL('../../../index.html', import.meta.url).pathname);
    const hook = plugin.configurePreviewServer as (server: unknown) => void;
    hook({ middlewares: { use: (handler: (typeof handlers)[number]) => handlers.push(handler) } });
    const headers = new Map<string, string>();
    let passedOn = false;
    handlers[0]!({ url: '/einstellungen?x=1' }, { setHeader: (n, v) => headers.set(n, v) }, () => (passedOn = true));
    expect(headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    expect(headers.get('Cache-Control')).toBe('no-cache');
    expect(passedOn).toBe(true);
  });

  it('a page without the meta policy is an error, not a server without a policy', () => {
    expect(() => metaPolicyOf('<html><head></head></html>')).toThrow(/Content-Security-Policy/);
  });
});
