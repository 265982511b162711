import { describe, expect, it } from 'vitest';
import { installMode, isIosSafari, type InstallEnvironment } from '../../../src/app/pwa/install-state';

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iphoneInstagram:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 334.0.4.32.98',
  ipadDesktopMode:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
};

const env = (overrides: Partial<InstallEnvironment>): InstallEnvironment => ({
  hasInstallPrompt: false,
  userAgent: UA.androidChrome,
  maxTouchPoints: 5,
  standalone: false,
  ...overrides,
});

describe('install help', () => {
  it('offers the install button when the browser fired beforeinstallprompt', () => {
    expect(installMode(env({ hasInstallPrompt: true }))).toBe('prompt');
  });

  it('offers nothing on Android before the browser allows installing', () => {
    expect(installMode(env({}))).toBe('none');
  });

  it('shows the home-screen steps in Safari on iPhone and iPad', () => {
    expect(installMode(env({ userAgent: UA.iphoneSafari }))).toBe('ios-guide');
    expect(installMode(env({ userAgent: UA.ipadDesktopMode, maxTouchPoints: 5 }))).toBe('ios-guide');
  });

  it('does not mistake a Mac for an iPad', () => {
    expect(isIosSafari(UA.ipadDesktopMode, 0)).toBe(false);
  });

  it('shows no Safari steps in other iOS browsers or in-app browsers', () => {
    expect(installMode(env({ userAgent: UA.iphoneChrome }))).toBe('none');
    expect(installMode(env({ userAgent: UA.iphoneInstagram }))).toBe('none');
  });

  it('offers nothing once the app runs from the home screen', () => {
    expect(installMode(env({ standalone: true, hasInstallPrompt: true }))).toBe('none');
    expect(installMode(env({ standalone: true, userAgent: UA.iphoneSafari }))).toBe('none');
  });
});
