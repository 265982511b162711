import { describe, expect, it } from 'vitest';
import { NAVIGATION_DENYLIST } from '../../../src/sw/navigation';

// workbox-routing's NavigationRoute tests its denylist against pathname + search.
const denied = (pathAndSearch: string) => NAVIGATION_DENYLIST.some((re) => re.test(pathAndSearch));

describe('navigation fallback to the offline app shell', () => {
  it('answers app routes and unknown deep links with index.html', () => {
    for (const path of ['/', '/?source=pwa', '/notfall', '/merkliste', '/gibt-es-nicht/123', '/kontakt/st.johannes']) {
      expect(denied(path), path).toBe(false);
    }
  });

  it('leaves the directory data and files to the network', () => {
    for (const path of [
      '/data/directory.json',
      '/data/directory-manifest.json',
      '/robots.txt',
      '/icons/pwa-192x192.png',
      '/manifest.webmanifest',
      '/assets/index-abc.js?v=2',
    ]) {
      expect(denied(path), path).toBe(true);
    }
  });
});
