/**
 * A saved contact whose service the editors retired: after the next start the Merkliste says
 * "Dieses Angebot gibt es nicht mehr" with the editors' reason and a link to the service that took
 * its place, and that link opens the successor's page (which says when it was checked).
 * Needs `npm run build:fixture` first.
 */
import { describe, expect, it } from 'vitest';
import { useDistCopySuite } from './dist-copy-suite';
import { saveByHand } from './saved-by-hand';
import { runAxe } from './harness';
import { publishedDirectory, republish } from './republish';

const suite = useDistCopySuite({ perTest: true });

describe('a retired saved contact', () => {
  it('tells the family it is gone, why, and where to go now', async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/einstellungen`);
    await page.getByTestId('directory-summary').waitFor({ state: 'visible', timeout: 20_000 });

    const directory = await publishedDirectory(suite.dir);
    const services = directory.organizations.reduce((n, o) => n + o.services.length, 0);
    const org = directory.organizations.find((o) => o.services.length >= 2)!;
    const retiring = org.services.at(-1)!.id;
    const successor = org.services[0]!;
    // The family saved the service (written as saveContact writes it).
    await saveByHand(page, [retiring]);

    // The editors retire it with a reason and a successor and publish again.
    org.services = org.services.filter((s) => s.id !== retiring);
    directory.retired = [
      {
        id: retiring,
        date: '2026-11-30',
        reason: { de: 'Das Angebot wurde mit einem anderen zusammengelegt.' },
        successor: successor.id,
      },
    ];
    directory.meta.version = `${directory.meta.version}-neu`;
    directory.meta.generatedAt = '2026-12-03T09:00:00.000Z';
    await republish(suite.dir, directory);
    await page.reload();
    await expect
      .poll(() => page.getByTestId('directory-summary').textContent(), { timeout: 20_000 })
      .toContain(`${services - 1} Angebote`);

    await page.goto(`${suite.server.url}/merkliste`);
    const notice = page.getByTestId('retired-notice');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Dieses Angebot gibt es nicht mehr');
    expect(text).toContain('Seit 30. November 2026.');
    expect(text).toContain('Das Angebot wurde mit einem anderen zusammengelegt.');
    expect(await page.getByTestId('saved-contact').textContent()).not.toContain('Nicht mehr im Verzeichnis');
    expect(await runAxe(page, 'main')).toEqual([]);

    await notice.getByRole('link', { name: `Stattdessen: ${successor.name.de}` }).click();
    await page.locator('main h1', { hasText: successor.name.de }).waitFor();
    expect(await page.getByTestId('checked-on').textContent()).toMatch(/^Geprüft am \d{1,2}\. \p{L}+ \d{4}$/u);
    expect(suite.browser.outsideRequests).toEqual([]);
  });
});
