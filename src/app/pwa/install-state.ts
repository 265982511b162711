/**
 * Which install help to offer, as a plain function (unit-tested in tests/unit/pwa/).
 * - Chrome/Edge/Samsung Internet fire `beforeinstallprompt`: show an "App installieren" button.
 * - Safari on iPhone/iPad has no such event: show the three steps for "Zum Home-Bildschirm".
 * - Already installed (standalone) or any other browser: offer nothing.
 */

export type InstallMode = 'prompt' | 'ios-guide' | 'none';

export interface InstallEnvironment {
  readonly hasInstallPrompt: boolean;
  readonly userAgent: string;
  /** iPadOS reports itself as a Mac; touch points tell them apart. */
  readonly maxTouchPoints: number;
  readonly standalone: boolean;
}

// In-app browsers (Instagram, Facebook, Google app) and other iOS browsers lack Safari's share sheet entry.
const NOT_SAFARI = /CriOS|FxiOS|EdgiOS|OPiOS|OPT\/|GSA\/|Instagram|FBAN|FBAV|Line\//;

export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const iosDevice = /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return iosDevice && /Safari\//.test(userAgent) && !NOT_SAFARI.test(userAgent);
}

export function installMode(env: InstallEnvironment): InstallMode {
  if (env.standalone) return 'none';
  if (env.hasInstallPrompt) return 'prompt';
  if (isIosSafari(env.userAgent, env.maxTouchPoints)) return 'ios-guide';
  return 'none';
}
