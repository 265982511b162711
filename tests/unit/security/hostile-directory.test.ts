/**
 * A published directory comes from many hands and travels over networks we do not control. Whatever
 * arrives, sync either rejects it before writing anything (the old directory stays in use) or keeps
 * hostile-looking text as plain text that the UI renders escaped. It arrives as the phone gets it: in parts,
 * each matching its manifest's size and SHA-256. Cases already covered in tests/unit/sync/parts-sync.test.ts and
 * parts-sync-faults.test.ts (cut or altered parts, not JSON, schema errors in general) are not repeated.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import { runPartsSync } from '../../../src/domain/sync/parts-sync';
import { numberedDirectory } from '../../fixtures/numbered-directory';
import {
  firstBucket,
  partsPorts,
  partsServer,
  publishUnchecked,
  recordingStore,
  replaceSharedPart,
  sharedPartText,
  type PartsPublication,
} from '../sync/parts-server';

const OLD = '2026-11-12T08:00:00.000Z-0000aaaa';
const NEW = '2026-11-20T08:00:00.000Z-0000bbbb';

type Loose = { organizations: { services: Record<string, unknown>[] }[] } & Record<string, unknown>;
const fresh = () => numberedDirectory({ services: 4, version: NEW }) as unknown as Loose & Directory;
const firstService = (directory: Loose) => directory.organizations[0]!.services[0]!;

const encoder = new TextEncoder();

/** A valid publication with one shared part (0: the head, else the first bucket of organizations) rewritten. */
function withPart(part: 'head' | 'bucket', rewrite: (text: string) => string): PartsPublication {
  const publication = publishUnchecked(fresh());
  const index = part === 'head' ? 0 : firstBucket(publication);
  return replaceSharedPart(publication, index, encoder.encode(rewrite(sharedPartText(publication, index))));
}

/** Syncs what is published (a directory cut into parts, or parts as given) over a phone that holds OLD. */
async function syncOver(published: Loose | PartsPublication) {
  const store = recordingStore(OLD);
  const publication = published.files instanceof Map ? (published as PartsPublication) : publishUnchecked(published);
  const outcome = await runPartsSync(partsPorts(partsServer(publication), store), []);
  return { outcome, store };
}

async function expectRejected(published: Loose | PartsPublication, kinds: string[]) {
  const { outcome, store } = await syncOver(published);
  expect(kinds).toContain(outcome.kind);
  expect(store.writes).toEqual([]);
  expect(store.version).toBe(OLD);
  return outcome;
}

describe('hostile published directory', () => {
  it('javascript:, data: and http: web addresses are rejected', async () => {
    for (const website of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://x.de/']) {
      const directory = fresh();
      firstService(directory).website = website;
      const outcome = await expectRejected(directory, ['invalid-directory']);
      if (outcome.kind === 'invalid-directory') expect(outcome.issues[0]!.message).toMatch(/Webadresse/);
    }
  });

  it('a phone number with markup or letters is rejected', async () => {
    const directory = fresh();
    firstService(directory).phones = [{ number: '<img src=x onerror=alert(1)>', kind: 'voice' }];
    await expectRejected(directory, ['invalid-directory']);
  });

  it('a 10 MB description is rejected, with the limit in words', async () => {
    const directory = fresh();
    firstService(directory).description = { de: 'A'.repeat(10 * 1024 * 1024) };
    const outcome = await expectRejected(directory, ['invalid-directory']);
    if (outcome.kind === 'invalid-directory') expect(outcome.issues[0]!.message).toMatch(/zu lang/);
  });

  it('deep nesting is rejected without a crash', async () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    await expectRejected(
      withPart('head', () => deep),
      ['not-json', 'invalid-directory'],
    );
    // A deeply nested name, written as text (JSON.stringify itself would overflow the stack).
    const nested = `${'{"de":'.repeat(depth)}"tief"${'}'.repeat(depth)}`;
    const named = withPart('bucket', (text) => text.replace(/"name":\{"de":"[^"]*"/, `"name":{"de":${nested}`));
    await expectRejected(named, ['not-json', 'invalid-directory']);
  });

  it('wrong types anywhere are rejected', async () => {
    const mutations: ((d: Loose) => void)[] = [
      (d) => (firstService(d).name = 42),
      (d) => (firstService(d).topics = 'familie'),
      (d) => (firstService(d).phones = null),
    ];
    for (const mutate of mutations) {
      const directory = fresh();
      mutate(directory);
      await expectRejected(directory, ['invalid-directory']);
    }
    // Shapes the build could not even cut into parts, written into the parts as text.
    await expectRejected(
      withPart('bucket', () => '{"organizations":{}}'),
      ['invalid-directory'],
    );
    await expectRejected(
      withPart('head', (text) => text.replace(/^\{"meta":\{/, '{"meta":[],"x":{')),
      ['invalid-directory'],
    );
    for (const body of ['null', '"text"', '[]', '12']) {
      await expectRejected(
        withPart('head', () => body),
        ['invalid-directory'],
      );
      await expectRejected(
        withPart('bucket', () => body),
        ['invalid-directory'],
      );
    }
  });

  it('duplicate service ids are rejected', async () => {
    const directory = fresh();
    const [a, b] = directory.organizations[0]!.services;
    b!.id = a!.id;
    await expectRejected(directory, ['invalid-directory']);
  });

  it('__proto__ keys are rejected and pollute nothing', async () => {
    const poisoned = withPart('head', (text) => text.replace('"meta":{', '"meta":{"__proto__":{"polluted":true},'));
    await expectRejected(poisoned, ['invalid-directory']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a manifest with a hostile version or a lying hash is refused before any download', async () => {
    const store = recordingStore(OLD);
    const server = partsServer(publishUnchecked(fresh()));
    const { manifest } = server.publication;
    server.publication.manifest = { ...manifest, version: `<script>${'x'.repeat(200)}` };
    expect((await runPartsSync(partsPorts(server, store), [])).kind).toBe('manifest-invalid');
    const lying = { ...manifest.shared[0]!, sha256: 'javascript:alert(1)' };
    server.publication.manifest = { ...manifest, shared: [lying, ...manifest.shared.slice(1)] };
    expect((await runPartsSync(partsPorts(server, store), [])).kind).toBe('manifest-invalid');
    expect(server.partRequests).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('script tags in names are kept as text and rendered escaped', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const directory = fresh();
    firstService(directory).name = { de: hostile };
    const { outcome, store } = await syncOver(directory);
    // Accepted as words (a name may contain < or >) …
    expect(outcome.kind).toBe('updated');
    const stored = store.writes[0]!.organizations[0]!.services[0]!.name.de;
    expect(stored).toBe(hostile);
    // … and Preact writes text as text: no element comes out of it.
    const html = renderToString(h('h2', null, stored));
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script>');
  });
});
