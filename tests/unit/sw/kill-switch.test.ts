import { describe, expect, it } from 'vitest';
import { isAppCache } from '../../../src/sw/kill-switch';
import { isSkipWaitingMessage } from '../../../src/sw/messages';

describe('kill switch', () => {
  it("deletes this app's caches (workbox precache and runtime caches) and nothing else", () => {
    expect(isAppCache('workbox-precache-v2-https://familien.example/')).toBe(true);
    expect(isAppCache('workbox-runtime-https://familien.example/')).toBe(true);
    expect(isAppCache('bff-images')).toBe(true);
    // The start cache of the static routes (src/sw/start-routes.ts).
    expect(isAppCache('bff-start-040ecfd4')).toBe(true);
    expect(isAppCache('some-other-app')).toBe(false);
  });
});

describe('SKIP_WAITING message', () => {
  it('accepts the message workbox-window sends and nothing else', () => {
    expect(isSkipWaitingMessage({ type: 'SKIP_WAITING' })).toBe(true);
    expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
    expect(isSkipWaitingMessage(null)).toBe(false);
    expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
  });
});
