/**
 * A published directory comes from many hands and travels over networks we do not control. Whatever
 * arrives, sync either rejects it before writing anything (the old directory stays in use) or keeps
 * hostile-looking text as plain text that the UI renders escaped. Cases already covered in
 * tests/unit/sync/sync.test.ts (truncated body, altered bytes, not JSON, wrong version) are not repeated.
 */
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { Directory } from '../../../src/domain/directory/schema';
import { runSync } from '../../../src/domain/sync/sync';
import { numberedDirectory } from '../../fixtures/numbered-directory';
import { fakeServer, portsFor, publish, recordingStore, sha256Hex } from '../sync/fake-server';

const OLD = '2026-11-12T08:00:00.000Z-0000aaaa';
const NEW = '2026-11-20T08:00:00.000Z-0000bbbb';

type Loose = { organizations: { services: Record<string, unknown>[] }[] } & Record<string, unknown>;
const fresh = () => numberedDirectory({ services: 4, version: NEW }) as unknown as Loose & Directory;
const firstService = (directory: Loose) => directory.organizations[0]!.services[0]!;

/** Syncs `body` (published with a matching manifest) over a phone that holds OLD. */
async function syncOver(body: Uint8Array | Loose) {
  const store = recordingStore(OLD);
  const publication = publish(body instanceof Uint8Array ? {} : body, NEW);
  if (body instanceof Uint8Array) {
    publication.body = body;
    publication.manifest = { ...publication.manifest, sha256: sha256Hex(body), bytes: body.byteLength };
  }
  const outcome = await runSync(portsFor(fakeServer(publication), store));
  return { outcome, store };
}

async function expectRejected(body: Uint8Array | Loose, kinds: string[]) {
  const { outcome, store } = await syncOver(body);
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
    const deep = new TextEncoder().encode(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    await expectRejected(deep, ['not-json', 'invalid-directory']);
    // A deeply nested name, written as text (JSON.stringify itself would overflow the stack).
    const nested = `${'{"de":'.repeat(depth)}"tief"${'}'.repeat(depth)}`;
    const text = JSON.stringify(fresh()).replace(/"name":\{"de":"[^"]*"/, `"name":{"de":${nested}`);
    await expectRejected(new TextEncoder().encode(text), ['not-json', 'invalid-directory']);
  });

  it('wrong types anywhere are rejected', async () => {
    const mutations: ((d: Loose) => void)[] = [
      (d) => (firstService(d).name = 42),
      (d) => (firstService(d).topics = 'familie'),
      (d) => (firstService(d).phones = null),
      (d) => (d.organizations = {} as Loose['organizations']),
      (d) => (d.meta = []),
    ];
    for (const mutate of mutations) {
      const directory = fresh();
      mutate(directory);
      await expectRejected(directory, ['invalid-directory', 'version-mismatch']);
    }
    for (const body of ['null', '"text"', '[]', '12']) {
      await expectRejected(new TextEncoder().encode(body), ['invalid-directory']);
    }
  });

  it('duplicate service ids are rejected', async () => {
    const directory = fresh();
    const [a, b] = directory.organizations[0]!.services;
    b!.id = a!.id;
    await expectRejected(directory, ['invalid-directory']);
  });

  it('__proto__ keys are rejected and pollute nothing', async () => {
    const text = JSON.stringify(fresh()).replace('"meta":{', '"meta":{"__proto__":{"polluted":true},');
    await expectRejected(new TextEncoder().encode(text), ['invalid-directory']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a manifest with a hostile version or a lying hash is refused before any download', async () => {
    const store = recordingStore(OLD);
    const server = fakeServer(publish(fresh(), NEW));
    server.publication.manifest = { ...server.publication.manifest, version: `<script>${'x'.repeat(200)}` };
    expect((await runSync(portsFor(server, store))).kind).toBe('manifest-invalid');
    server.publication.manifest = { ...server.publication.manifest, version: NEW, sha256: 'javascript:alert(1)' };
    expect((await runSync(portsFor(server, store))).kind).toBe('manifest-invalid');
    expect(server.directoryRequests).toEqual([]);
    expect(store.writes).toEqual([]);
  });

  it('script tags in names are kept as text and rendered escaped', async () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const directory = fresh();
    firstService(directory).name = { de: hostile };
    const store = recordingStore(OLD);
    const outcome = await runSync(portsFor(fakeServer(publish(directory, NEW)), store));
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
