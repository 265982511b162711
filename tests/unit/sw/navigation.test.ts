import { describe, expect, it } from 'vitest';
import { FIRST_QUESTION_NAVIGATION, NAVIGATION_DENYLIST } from '../../../src/sw/navigation';

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

describe('the ready first-question page', () => {
  it.each(['/fragen/1', '/fragen/1?town=luenen', '/fragen/1?lang=ar'])('serves %s', (path) => {
    expect(FIRST_QUESTION_NAVIGATION.test(path)).toBe(true);
  });

  it.each(['/fragen/10', '/fragen/12?town=luenen', '/fragen/2', '/fragen/1/x', '/'])('not %s', (path) => {
    expect(FIRST_QUESTION_NAVIGATION.test(path)).toBe(false);
  });
});
