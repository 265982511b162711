/**
 * A large directory on a phone: the youth office's emergency duty (/notfall), the Merkliste and the
 * hand-over (/weitergeben) read from the phone only the services they show, by id, never the whole
 * directory. Counted from outside the app: the page's reads of the stored services. The directory is
 * the test region's services copied into 600 numbered ones (tests/fixtures/numbered-directory.ts).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Directory } from '../../src/domain/directory/schema';
import { numberedDirectory } from '../fixtures/numbered-directory';
import { coversTown } from '../fixtures/region';
import { useDistCopySuite } from './dist-copy-suite';
import { publishedDirectory, republish } from './republish';
import { saveByHand } from './saved-by-hand';
import { countServiceReads, type ServiceReads } from './service-reads';

const SERVICES = 600;
const suite = useDistCopySuite();
let directory: Directory;

beforeAll(async () => {
  const published = await publishedDirectory(suite.dir);
  directory = numberedDirectory({ services: SERVICES, version: `${published.meta.version}-gross` });
  await republish(suite.dir, directory);
});

/** A page that counts its reads of the stored services, from its first script on. */
async function countingPage(): Promise<{ page: Page; reads: () => Promise<ServiceReads> }> {
  const page = await suite.browser.newPage();
  return { page, reads: await countServiceReads(page) };
}

/** The youth offices' emergency duties the directory has for the town. */
function dutiesFor(town: string): number {
  return directory.organizations
    .flatMap((organization) => organization.services)
    .filter((service) => service.role === 'youth-office-emergency' && coversTown(service, town)).length;
}

const duties = 'main .youth-office-emergency li.call-entry';

describe('screens that show a few services of a large directory', () => {
  it('the emergency duty reads only the duties for the town it shows', async () => {
    // The directory on the phone first (an earlier visit).
    const first = await suite.browser.newPage();
    await first.goto(`${suite.server.url}/notfall?town=luenen`);
    await first.locator(`${duties} a[href^="tel:"]`).first().waitFor({ timeout: 30_000 });
    await first.close();

    const { page, reads } = await countingPage();
    await page.goto(`${suite.server.url}/notfall?town=luenen`);
    await page.locator(`${duties} a[href^="tel:"]`).first().waitFor({ timeout: 30_000 });
    const inLuenen = dutiesFor('luenen');
    expect(inLuenen).toBeGreaterThan(0);
    expect(inLuenen).toBeLessThan(SERVICES / 10);
    expect(await page.locator(duties).count()).toBe(inLuenen);
    expect(await reads()).toEqual({ one: inLuenen, many: 0 });

    // Another town: its duties are read, still one by one.
    await page.selectOption('main .youth-office-emergency select', 'holzwickede');
    const inHolzwickede = dutiesFor('holzwickede');
    await expect.poll(() => page.locator(duties).first().textContent()).toContain('Holzwickede');
    expect(await page.locator(duties).count()).toBe(inHolzwickede);
    const after = await reads();
    expect(after.many).toBe(0);
    expect(after.one).toBeLessThanOrEqual(inLuenen + inHolzwickede);
    await page.close();
  });

  it('the Merkliste reads only the successor of a retired saved service; the hand-over only the saved ones', async () => {
    const [kept, retiring, successor, alsoKept] = ['angebot-3', 'angebot-5', 'angebot-6', 'angebot-17'];
    const setup = await suite.browser.newPage();
    await setup.goto(`${suite.server.url}/einstellungen`);
    await setup.getByTestId('directory-summary').waitFor({ state: 'visible', timeout: 30_000 });
    await expect
      .poll(() => setup.getByTestId('directory-summary').textContent(), { timeout: 30_000 })
      .toContain(`${SERVICES} Angebote`);
    await saveByHand(setup, [kept!, retiring!, alsoKept!]);

    // The editors retire one saved service, name its successor, and publish again.
    const next = numberedDirectory({
      services: SERVICES,
      version: `${directory.meta.version}-neu`,
      without: [retiring!],
    });
    next.retired = [
      { id: retiring!, date: '2026-11-30', reason: { de: 'Mit einem anderen zusammengelegt.' }, successor },
    ];
    await republish(suite.dir, next);
    await setup.reload();
    await expect
      .poll(() => setup.getByTestId('directory-summary').textContent(), { timeout: 30_000 })
      .toContain(`${SERVICES - 1} Angebote`);
    await setup.close();
    const successorName = next.organizations.flatMap((o) => o.services).find((s) => s.id === successor)!.name.de;

    const { page, reads } = await countingPage();
    await page.goto(`${suite.server.url}/merkliste`);
    const notice = page.getByTestId('retired-notice');
    await notice.getByRole('link', { name: `Stattdessen: ${successorName}` }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('saved-contact').count()).toBe(3);
    expect(await notice.textContent()).toContain('Mit einem anderen zusammengelegt.');
    // The saved contacts come with their own copy; of the directory only the successor is read.
    expect(await reads()).toEqual({ one: 1, many: 0 });

    // Passing the Merkliste on: the two saved services still listed, read by id.
    await page.goto(`${suite.server.url}/weitergeben`);
    await page.locator('main .share-item').first().waitFor({ timeout: 30_000 });
    expect(
      await page.locator('main .share-item').evaluateAll((items) => items.map((i) => i.dataset.serviceId)),
    ).toEqual([kept, alsoKept]);
    expect(await reads()).toEqual({ one: 2, many: 0 });
    await page.close();
  });
});
