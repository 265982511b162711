import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncInWorker } from '../../../src/app/data/sync-in-worker';
import type { SyncOutcome } from '../../../src/domain/sync/outcome';
import { leanOutcome, type SyncReply, type SyncRequest } from '../../../src/domain/sync/worker-protocol';
import { numberedDirectory } from '../../fixtures/numbered-directory';

interface FakeWorker {
  terminated: boolean;
  requests: SyncRequest[];
  reply(data: SyncReply): void;
  fail(message: string): void;
}

/** A stand-in for the browser's Worker: `behave` decides how it answers each request. */
function fakeWorker(behave: (request: SyncRequest, worker: FakeWorker) => void) {
  const created: FakeWorker[] = [];
  class StandIn extends EventTarget implements FakeWorker {
    terminated = false;
    requests: SyncRequest[] = [];
    constructor() {
      super();
      created.push(this);
    }
    postMessage(request: SyncRequest) {
      this.requests.push(request);
      queueMicrotask(() => behave(request, this));
    }
    reply(data: SyncReply) {
      this.dispatchEvent(Object.assign(new Event('message'), { data }));
    }
    fail(message: string) {
      this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', StandIn);
  return created;
}

const upToDate: SyncOutcome = { kind: 'up-to-date', version: 'v1' };
const offline: SyncOutcome = { kind: 'offline', stage: 'manifest' };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('syncInWorker', () => {
  it('returns the worker’s outcome and shares one running sync between callers', async () => {
    const workers = fakeWorker((request, worker) => worker.reply({ id: request.id, outcome: upToDate }));
    const onPage = vi.fn(async () => offline);
    const sync = syncInWorker('/', onPage);
    const [first, second] = await Promise.all([sync(), sync()]);
    expect(first).toEqual(upToDate);
    expect(second).toBe(first);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toEqual([{ id: 1, base: '/' }]);
    expect(onPage).not.toHaveBeenCalled();
    // The next sync reuses the same worker.
    await sync();
    expect(workers).toHaveLength(1);
    expect(workers[0]!.requests).toHaveLength(2);
  });

  it('ignores answers meant for another request', async () => {
    fakeWorker((request, worker) => {
      worker.reply({ id: request.id + 100, outcome: offline });
      worker.reply({ id: request.id, outcome: upToDate });
    });
    expect(await syncInWorker('/', async () => offline)()).toEqual(upToDate);
  });

  it('syncs on the page from then on when the worker cannot start', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const workers = fakeWorker((_request, worker) => worker.fail('script failed to load'));
    const onPage = vi.fn(async () => upToDate);
    const sync = syncInWorker('/', onPage);
    expect(await sync()).toEqual(upToDate);
    expect(await sync()).toEqual(upToDate);
    expect(onPage).toHaveBeenCalledTimes(2);
    expect(workers).toHaveLength(1);
    expect(workers[0]!.terminated).toBe(true);
  });

  it('syncs on the page when the worker says it cannot (no IndexedDB there)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fakeWorker((request, worker) => worker.reply({ id: request.id, unavailable: 'IndexedDB is not available' }));
    const onPage = vi.fn(async () => upToDate);
    expect(await syncInWorker('/', onPage)()).toEqual(upToDate);
    expect(onPage).toHaveBeenCalledTimes(1);
  });

  it('a fresh trigger is not shared with the running sync: the worker is asked to start anew', async () => {
    const pending: SyncRequest[] = [];
    const workers = fakeWorker((request, worker) => {
      // The first request hangs (a stalled download) until a fresh one arrives; the worker then
      // answers both with the fresh attempt's outcome (oneAtATime hands it on).
      if (!request.fresh) return void pending.push(request);
      for (const waiting of [...pending, request]) worker.reply({ id: waiting.id, outcome: upToDate });
    });
    const sync = syncInWorker('/', async () => offline);
    const stuck = sync();
    const shared = sync();
    await Promise.resolve();
    expect(shared).toBe(stuck);
    const fresh = sync({ fresh: true });
    expect(fresh).not.toBe(stuck);
    expect(await Promise.all([stuck, fresh])).toEqual([upToDate, upToDate]);
    expect(workers[0]!.requests).toEqual([
      { id: 1, base: '/' },
      { id: 2, base: '/', fresh: true },
    ]);
  });

  it('syncs on the page where the browser has no workers', async () => {
    vi.stubGlobal('Worker', undefined);
    const onPage = vi.fn(async () => upToDate);
    expect(await syncInWorker('/', onPage)()).toEqual(upToDate);
  });
});

describe('leanOutcome', () => {
  const directory = numberedDirectory({ services: 2, version: 'v2' });
  const info = { version: 'v2', sha256: 'a'.repeat(64), bytes: 10, fetchedAt: 1 };

  it('leaves a stored update in IndexedDB instead of copying it to the page', () => {
    const lean = leanOutcome({ kind: 'updated', version: 'v2', previousVersion: 'v1', directory, info });
    expect(lean).toEqual({ kind: 'updated', version: 'v2', previousVersion: 'v1', info });
  });

  it('keeps a checked download that could not be stored, so the page can still use it this visit', () => {
    expect(leanOutcome({ kind: 'storage-full', directory, info })).toEqual({ kind: 'storage-full', directory, info });
    expect(leanOutcome(offline)).toBe(offline);
  });
});
