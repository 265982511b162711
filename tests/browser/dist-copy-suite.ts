/**
 * A test file's own copy of dist/, served by the static test server and opened in a fresh browser:
 * for tests that change the published files under a running app (a new release, a new directory).
 * Set up once for the file, or anew for every test with `{ perTest: true }`. Like every browser
 * suite, it fails when a page tried to reach any host but 127.0.0.1.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, type RunningServer, type TestBrowser } from './harness';
import { copyDist, startStaticServer } from './static-server';

export interface DistCopySuite {
  /** The served folder: change files here to publish something new. */
  readonly dir: string;
  readonly server: RunningServer;
  readonly browser: TestBrowser;
}

export function useDistCopySuite({ perTest = false } = {}): DistCopySuite {
  let copy: Awaited<ReturnType<typeof copyDist>> | undefined;
  let server: RunningServer | undefined;
  let browser: TestBrowser | undefined;
  const suite: DistCopySuite = {
    get dir() {
      return copy!.dir;
    },
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
  const setUp = async () => {
    copy = await copyDist();
    server = await startStaticServer(copy.dir);
    browser = await launchBrowser();
  };
  const tearDown = async () => {
    const outside = [...(browser?.outsideRequests ?? [])];
    await browser?.close();
    await server?.close();
    await copy?.remove();
    expect(outside).toEqual([]);
  };
  if (perTest) {
    beforeEach(setUp);
    afterEach(tearDown);
  } else {
    beforeAll(setUp);
    afterAll(tearDown);
  }
  return suite;
}
