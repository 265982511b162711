/**
 * npm run screenshots: pictures of the main screens for the README, taken from the production
 * build (dist/, built beforehand with npm run build) in Debian's Chromium at a phone's size (390×844).
 * Screens that do not exist yet (their address shows "Diese Seite gibt es nicht") are skipped with a note.
 * Nothing leaves the machine: every host but 127.0.0.1 fails to resolve in the browser.
 *
 * Output: tests/artifacts/screenshots/*.png (git-ignored; pick the ones for the README from there).
 * Usage: npm run screenshots [-- --scale 1] [-- --out docs/screenshots]
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { BLOCK_OTHER_HOSTS, CHROMIUM_ARGS } from './chromium';
import { screenshotOptions } from './screenshots-options';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DIST = join(ROOT, 'dist');
const DEFAULT_OUT = join(ROOT, 'tests/artifacts/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const NOT_FOUND_HEADING = 'Diese Seite gibt es nicht';

interface Shot {
  name: string;
  path: string;
  /** Shown once the screen has its content (data loaded), e.g. a tel: link. */
  ready: string;
  colorScheme?: 'light' | 'dark';
  /** Only when this file exists (e.g. a locale). */
  needs?: string;
  /** A small phone with large text: CSS px width and the text size in per cent (Android's font size setting). */
  phone?: { width: number; height: number; text: number };
  /** Done on the screen before the picture (e.g. entering a child into the timeline). */
  prepare?: (page: Page) => Promise<void>;
}

/** A date of birth ten days ago (the first errands and the early check-ups are open), as the date field wants it. */
function birthTenDaysAgo(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! - 10)).toISOString().slice(0, 10);
}

/** Enters a child (kept in the screenshot browser's profile) unless the timeline already shows one. */
async function enterChild(page: Page): Promise<void> {
  await page.locator('#child-date, [data-testid="child-timeline"]').first().waitFor({ timeout: 15_000 });
  if ((await page.locator('[data-testid="child-timeline"]').count()) > 0) return;
  await page.locator('#child-date').fill(birthTenDaysAgo());
  await page.locator('#child-nickname').fill('Mila');
  await page.locator('#child-town').selectOption('luenen');
  await page.locator('main form button[type="submit"]').click();
}

const SHOTS: Shot[] = [
  { name: '01-start', path: '/?lang=de', ready: 'main h1' },
  { name: '02-frage-wohnort', path: '/fragen/1?lang=de', ready: 'main h1' },
  { name: '03-frage-thema', path: '/fragen/3?town=luenen&who=baby&lang=de', ready: 'main h1' },
  {
    name: '04-ergebnisse-baby-luenen',
    path: '/ergebnisse?town=luenen&who=baby&topic=baby-care&lang=de',
    ready: 'main a[href^="tel:"]',
  },
  {
    name: '05-angebot-schreiambulanz',
    path: '/angebot/spz-luenen-schreiambulanz?lang=de',
    ready: 'main a[href^="tel:"]',
  },
  { name: '06-suche-kita-boenen', path: '/suche?q=kita+platz&town=boenen&lang=de', ready: 'main a[href^="tel:"]' },
  { name: '07-themen-uebersicht', path: '/themen?lang=de', ready: 'main a[href^="/themen/"]' },
  { name: '07-thema-kita-boenen', path: '/themen/childcare?town=boenen&lang=de', ready: 'main a[href^="tel:"]' },
  { name: '08-notfall', path: '/notfall?lang=de', ready: 'main a[href="tel:112"]' },
  {
    name: '09-ergebnisse-arabisch',
    path: '/ergebnisse?town=luenen&who=baby&topic=baby-care&lang=ar',
    ready: 'main a[href^="tel:"]',
    needs: 'locales/ar.json',
  },
  { name: '10-start-dunkel', path: '/?lang=de', ready: 'main h1', colorScheme: 'dark' },
  {
    name: '11-gefahr-320-grosse-schrift',
    path: '/ergebnisse?town=luenen&who=baby&topic=child-protection&danger=yes&lang=de',
    ready: 'main a[href="tel:112"]',
    phone: { width: 320, height: 568, text: 200 },
  },
  {
    name: '12-ergebnisse-ukrainisch-360-grosse-schrift',
    path: '/ergebnisse?town=luenen&who=baby&topic=baby-care&lang=uk',
    ready: 'main a[href^="tel:"]',
    needs: 'locales/uk.json',
    phone: { width: 360, height: 740, text: 200 },
  },
  {
    name: '13-zeitleiste',
    path: '/zeitleiste?lang=de',
    ready: '[data-testid="timeline-entry"]',
    prepare: enterChild,
  },
  {
    name: '14-zeitleiste-arabisch',
    path: '/zeitleiste?lang=ar',
    ready: '[data-testid="timeline-entry"]',
    needs: 'locales/ar.json',
    prepare: enterChild,
  },
  { name: '15-start-was-steht-an', path: '/?lang=de', ready: '[data-testid="whats-next"]' },
  {
    name: '16-schulfrage-arabisch-360-grosse-schrift',
    path: '/fragen/4?town=unna&who=secondary&topic=school&lang=ar',
    ready: 'main h1',
    needs: 'locales/ar.json',
    phone: { width: 360, height: 740, text: 200 },
  },
];

/** Waits for the screen's content; false when the address has no screen yet or it never got ready. */
async function screenReady(page: Page, shot: Shot): Promise<boolean> {
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  if ((await page.locator('main h1').first().textContent())?.includes(NOT_FOUND_HEADING)) return false;
  try {
    await page.locator(shot.ready).first().waitFor({ timeout: 15_000 });
  } catch {
    return false;
  }
  // Let fonts settle and the focus ring of the heading disappear from the picture.
  await page.evaluate(
    () => (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts.ready,
  );
  await page.mouse.click(1, 1);
  return true;
}

async function main(): Promise<void> {
  const { scale, out } = screenshotOptions(process.argv.slice(2));
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ fehlt – zuerst npm run build ausführen, dann npm run screenshots');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium nicht gefunden unter ${CHROMIUM} (CHROMIUM_PATH setzen)`);
  // `--out DIR` (relative to the repository) writes elsewhere, e.g. docs/screenshots for the README.
  const OUT = out === undefined ? DEFAULT_OUT : resolve(ROOT, out);
  await mkdir(OUT, { recursive: true });

  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'warn',
    build: { outDir: DIST },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!base) throw new Error('Der Vorschau-Server hat keine Adresse gemeldet');

  const profile = await mkdtemp(join(tmpdir(), 'bff-screenshots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_ARGS, BLOCK_OTHER_HOSTS],
    locale: 'de-DE',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: scale,
  });
  const written: string[] = [];
  const skipped: string[] = [];
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // A first visit stores the directory on the "phone"; the shots then show real data.
    await page.goto(`${base}/?lang=de`);
    await page.locator('main h1').waitFor();
    for (const shot of SHOTS) {
      if (shot.needs && !existsSync(join(ROOT, shot.needs))) {
        skipped.push(`${shot.name} (${shot.needs} fehlt)`);
        continue;
      }
      await page.emulateMedia({ colorScheme: shot.colorScheme ?? 'light' });
      await page.setViewportSize(shot.phone ?? { width: 390, height: 844 });
      await cdp.send('Page.setFontSizes', {
        fontSizes: { standard: (16 * (shot.phone?.text ?? 100)) / 100, fixed: 13 },
      });
      await page.goto(`${base}${shot.path}`);
      await shot.prepare?.(page);
      if (!(await screenReady(page, shot))) {
        skipped.push(`${shot.name} (${shot.path}: Bildschirm fehlt oder ohne Inhalt)`);
        continue;
      }
      const file = join(OUT, `${shot.name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
  console.log(`${written.length} Bildschirmfotos in ${OUT}:`);
  for (const file of written) console.log(`  ${file.slice(ROOT.length + 1)}`);
  if (skipped.length > 0) {
    console.log('Übersprungen:');
    for (const note of skipped) console.log(`  ${note}`);
  }
}

main().catch((error: unknown) => {
  console.error('Bildschirmfotos fehlgeschlagen:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
