import { describe, expect, it } from 'vitest';
import {
  START_ALIASES,
  aliasAddress,
  isOtherStartCache,
  startCacheName,
  startRouteRules,
} from '../../../src/sw/start-routes';

const MANIFEST = [
  { url: 'index.html', revision: 'a1' },
  { url: 'fragen/1.html', revision: 'b1' },
  { url: 'prerender-check.js', revision: 'c1' },
  { url: 'assets/index-Abc123.js', revision: null },
];

describe('the start cache of a build', () => {
  it('is named after the revisions of the files it copies', () => {
    const name = startCacheName(MANIFEST);
    expect(name).toMatch(/^bff-start-[0-9a-f]{8}$/);
    expect(startCacheName([...MANIFEST])).toBe(name);
  });

  it('gets a new name when one of those files changes, so a waiting version never answers for the active one', () => {
    const changed = MANIFEST.map((entry) => (entry.url === 'fragen/1.html' ? { ...entry, revision: 'b2' } : entry));
    expect(startCacheName(changed)).not.toBe(startCacheName(MANIFEST));
  });

  it('keeps its name when only hashed build files change', () => {
    const changed = [...MANIFEST, { url: 'assets/other-Xyz789.js', revision: null }];
    expect(startCacheName(changed)).toBe(startCacheName(MANIFEST));
  });

  it('refuses a precache list without one of the start files', () => {
    expect(() => startCacheName(MANIFEST.filter((entry) => entry.url !== 'index.html'))).toThrow(/index\.html/);
  });

  it('leaves the current start cache and every cache of other kinds alone when cleaning up', () => {
    const current = startCacheName(MANIFEST);
    expect(isOtherStartCache(current, current)).toBe(false);
    expect(isOtherStartCache('bff-start-00000000', current)).toBe(true);
    expect(isOtherStartCache('workbox-precache-v2-https://familien.example/', current)).toBe(false);
  });
});

describe('the static start routes', () => {
  const rules = startRouteRules('bff-start-12345678', 'workbox-precache-v2-https://familien.example/');

  it('answers the home-screen start, the start screen and the first question without a query from the start cache', () => {
    const pages = rules.filter((rule) => rule.condition.requestMode === 'navigate');
    expect(pages.map((rule) => rule.condition.urlPattern)).toEqual([
      { pathname: '/', search: '' },
      { pathname: '/', search: 'source=pwa' },
      { pathname: '/fragen/1', search: '' },
    ]);
    for (const rule of pages) expect(rule.source).toEqual({ cacheName: 'bff-start-12345678' });
  });

  it('leaves pages with other queries (a language, answers) to the worker', () => {
    const searches = rules.map((rule) => rule.condition.urlPattern.search);
    expect(searches).not.toContain('*');
    expect(searches.every((search) => search === '' || search === 'source=pwa')).toBe(true);
  });

  it('answers the hashed build files from the precache, and only GET requests for files', () => {
    const files = rules.filter((rule) => rule.condition.requestMode === undefined);
    expect(files.every((rule) => rule.condition.requestMethod === 'GET')).toBe(true);
    expect(files.at(-1)).toEqual({
      condition: { urlPattern: { pathname: '/assets/*', search: '' }, requestMethod: 'GET' },
      source: { cacheName: 'workbox-precache-v2-https://familien.example/' },
    });
  });

  it('stores every copy under the address the browser asks for', () => {
    expect(START_ALIASES.map(aliasAddress)).toEqual(['/', '/?source=pwa', '/fragen/1', '/prerender-check.js']);
  });
});
