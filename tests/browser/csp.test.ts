/**
 * The Content-Security-Policy is really enforced in the production build (no bypass here): an injected
 * inline script and eval do not run, a request to another origin is refused, and the app itself
 * triggers no violation on its main screens. Needs `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, expectNoOutsideRequests, useBrowserSuite, waitForOfflineReady } from './harness';

interface Violation {
  directive: string;
  blocked: string;
}
type Recorded = Window & { __cspViolations: Violation[]; __inlineRan?: boolean };

const suite = useBrowserSuite(async ({ browser }) => {
  // Init scripts come through the DevTools protocol, so the policy does not block this recorder itself.
  await browser.context.addInitScript(() => {
    const recorded = window as unknown as Recorded;
    recorded.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.__cspViolations.push({ directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
});

const violations = (page: Page) => page.evaluate(() => (window as unknown as Recorded).__cspViolations);

async function openApp(path = '/'): Promise<Page> {
  const page = await suite.browser.newPage();
  await page.goto(`${suite.server.url}${path}`);
  await page.locator('main#main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
  return page;
}

describe('Content-Security-Policy', () => {
  it('the built page carries the policy and no inline script', async () => {
    const html = await readFile(join(DIST_DIR, 'index.html'), 'utf8');
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag).toMatch(/\bsrc=/);
  });

  it('an injected inline script and an inline event handler do not run', async () => {
    const page = await openApp();
    // What a name like <img onerror=…> or <script> would try if it ever reached the page as HTML.
    // (eval cannot be tested from here: code sent through the DevTools protocol is exempt from the policy.)
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.head.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__inlineRan = true;');
      document.body.append(button);
      button.click();
      button.remove();
    });
    expect(await page.evaluate(() => (window as unknown as Recorded).__inlineRan)).toBeUndefined();
    await expect
      .poll(async () => (await violations(page)).map((v) => v.directive).sort())
      .toEqual(['script-src-attr', 'script-src-elem']);
    await page.close();
  });

  it('a request to another origin is refused by connect-src', async () => {
    const page = await openApp();
    // Another port on the same machine is another origin; it never leaves 127.0.0.1 even if the policy failed.
    const outcome = await page.evaluate(() =>
      fetch('http://127.0.0.1:9/elsewhere').then(
        () => 'answered',
        (error: unknown) => (error as Error).name,
      ),
    );
    expect(outcome).toBe('TypeError');
    await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toContain('connect-src');
    await page.close();
  });

  it('the app itself causes no violation on its main screens, online and with the service worker', async () => {
    const page = await openApp('/');
    await waitForOfflineReady(page);
    for (const path of ['/notfall', '/sprache', '/suche', '/themen', '/merkliste', '/einstellungen', '/fragen/1']) {
      await page.goto(`${suite.server.url}${path}`);
      await page.locator('main#main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
      expect(await violations(page), path).toEqual([]);
    }
    await page.close();
    expectNoOutsideRequests(suite.browser);
  });
});
