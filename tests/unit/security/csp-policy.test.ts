/**
 * One policy, two places: the meta tag in index.html (works on any static host) and the header the
 * README asks hosts to send. They must say the same, except frame-ancestors, which browsers ignore
 * in a meta tag and which therefore only the header carries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

function directives(policy: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values.join(' '));
  }
  return map;
}

const metaPolicy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('index.html'))?.[1];
const headerPolicy = /^Content-Security-Policy: (.+)$/m.exec(read('README.md'))?.[1];

describe('Content-Security-Policy', () => {
  it('is set as a meta tag in index.html and documented as a header in the README', () => {
    expect(metaPolicy, 'index.html has no CSP meta tag').toBeDefined();
    expect(headerPolicy, 'README.md documents no "Content-Security-Policy:" header').toBeDefined();
  });

  it('meta tag and documented header agree (frame-ancestors only in the header)', () => {
    const meta = directives(metaPolicy ?? '');
    const header = directives(headerPolicy ?? '');
    expect(header.get('frame-ancestors')).toBe("'none'");
    header.delete('frame-ancestors');
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header));
  });

  it('allows no inline script and no eval, and connects only to our own origin', () => {
    for (const policy of [metaPolicy ?? '', headerPolicy ?? '']) {
      const map = directives(policy);
      expect(map.get('script-src')).toBe("'self'");
      expect(map.get('connect-src')).toBe("'self'");
      expect(map.get('default-src')).toBe("'self'");
      expect(map.get('object-src')).toBe("'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    }
  });
});
