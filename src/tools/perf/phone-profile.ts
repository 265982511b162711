/**
 * The phone we measure for: a mid-range Android phone on a slow mobile network (the values Chrome's
 * DevTools and Lighthouse use for "slow 4G" and a 4× slower CPU than this machine).
 */
import type { Page } from 'playwright-core';
import { BLOCK_OTHER_HOSTS, CHROMIUM_ARGS as BASE_ARGS } from '../chromium';

export const PHONE_PROFILE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadKbps: 1600,
  uploadKbps: 750,
  viewport: { width: 412, height: 823 },
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
} as const;

/** Nothing may leave the machine while measuring either. */
export const CHROMIUM_ARGS = [...BASE_ARGS, BLOCK_OTHER_HOSTS];

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Slows this page's CPU to the phone profile and, online, its network to slow 4G. Offline the network
 * is simply absent (the context is offline): emulated latency would also delay the answers the service
 * worker gives from the phone's own cache, which a real phone does not have.
 */
export async function applyPhoneProfile(page: Page, { offline = false } = {}): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
  if (offline) return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE_PROFILE.latencyMs,
    downloadThroughput: (PHONE_PROFILE.downloadKbps * 1000) / 8,
    uploadThroughput: (PHONE_PROFILE.uploadKbps * 1000) / 8,
  });
}
