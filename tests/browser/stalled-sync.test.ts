/**
 * A directory download that hangs (the server sends the first bytes, then nothing): the app gives it
 * up instead of waiting for ever, tells the family in plain words, offers to try again, and a later
 * trigger (coming back online, "Erneut versuchen") never waits on the dead attempt. Needs `npm run build`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useDistCopySuite } from './dist-copy-suite';
import { startStallingServer, type StallingServer } from './stalling-server';

const suite = useDistCopySuite({ perTest: true });
let stalling: StallingServer | undefined;

afterEach(async () => {
  await stalling?.close();
  stalling = undefined;
});

async function publishedCount(): Promise<number> {
  const manifest = JSON.parse(await readFile(join(suite.dir, 'data/directory-manifest.json'), 'utf8')) as {
    counts: { services: number };
  };
  return manifest.counts.services;
}

describe('a stalled directory download', () => {
  it('first visit: the family is told the connection stalled, and "Erneut versuchen" loads the directory once the server recovers', async () => {
    stalling = await startStallingServer(suite.server);
    const services = await publishedCount();
    const page = await suite.browser.newPage();
    await page.goto(`${stalling.url}/suche`);
    await stalling.stalledDownloadStarted();
    await page.getByText('Das Verzeichnis wird geladen …').waitFor({ state: 'visible' });

    // No byte for the stall time: the download is given up and aborted, and the family reads why.
    const stalledMessage = page.getByText('Die Verbindung war zu langsam oder unterbrochen.', { exact: false });
    await stalledMessage.waitFor({ state: 'visible', timeout: 40_000 });
    expect(stalling.abortedByClient).toBe(1);
    expect(await page.getByText('sobald das Handy einmal mit dem Internet verbunden war').count()).toBe(0);
    // The emergency numbers stay one tap away.
    expect(await page.locator('a[href="/notfall"]').count()).toBeGreaterThan(0);

    stalling.recover();
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await page.getByText('Geben Sie ein Wort ein oder wählen Sie einen Filter.').waitFor({ timeout: 20_000 });
    expect(await stalledMessage.count()).toBe(0);
    await page.goto(`${stalling.url}/einstellungen`);
    await expect
      .poll(() => page.getByTestId('directory-summary').textContent(), { timeout: 20_000 })
      .toContain(`${services} Angebote`);
  });

  it('coming back online starts a fresh download instead of waiting on the stalled one', async () => {
    stalling = await startStallingServer(suite.server);
    const services = await publishedCount();
    const page = await suite.browser.newPage();
    await page.goto(`${stalling.url}/einstellungen`);
    await stalling.stalledDownloadStarted();
    stalling.recover();
    // The connection drops and comes back while the first download hangs.
    await suite.browser.context.setOffline(true);
    await suite.browser.context.setOffline(false);
    // Well before the stall time plus the automatic retry (a shared dead attempt would end only then).
    await expect
      .poll(() => page.getByTestId('directory-summary').textContent(), { timeout: 12_000 })
      .toContain(`${services} Angebote`);
    expect(stalling.directoryRequests).toBeGreaterThanOrEqual(2);
    await expect.poll(() => stalling!.abortedByClient, { timeout: 10_000 }).toBe(1);
  });
});
