import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { partsSingleFlight, runPartsSync } from '../../../src/domain/sync/parts-sync';
import type { FetchResult, StopSignal } from '../../../src/domain/sync/ports';
import { fetchBytes } from '../../../src/storage/sync-ports';
import { numberedDirectory } from '../../fixtures/numbered-directory';
import { partsPorts, partsServer, publishUnchecked, recordingStore } from './parts-server';

const STALL = 1_000;
const encoder = new TextEncoder();

/**
 * A fetch that behaves like the browser's with a stuck server: it honours the abort signal, and its
 * body hands out the given pieces, then (when `thenStall`) waits for more that never come.
 */
function stubFetch(behave: { headers: 'never' | 'at-once'; pieces?: string[]; thenStall?: boolean; gapMs?: number }) {
  const calls: { url: string; aborted: () => boolean }[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    const signal = init.signal!;
    calls.push({ url, aborted: () => signal.aborted });
    return new Promise<Response>((resolve, reject) => {
      const abortError = () => new DOMException('The operation was aborted.', 'AbortError');
      signal.addEventListener('abort', () => reject(abortError()));
      if (behave.headers === 'never') return;
      const pieces = [...(behave.pieces ?? [])];
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          if (behave.gapMs) await new Promise((wait) => setTimeout(wait, behave.gapMs));
          const next = pieces.shift();
          if (next !== undefined) return controller.enqueue(encoder.encode(next));
          if (!behave.thenStall) return controller.close();
          // Stuck: nothing more arrives until the request is aborted.
          await new Promise<void>((_resolve, fail) => signal.addEventListener('abort', () => fail(abortError())));
        },
      });
      resolve(new Response(body, { status: 200 }));
    });
  });
  return calls;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('fetchBytes: stall detection', () => {
  it('a server that never answers is given up after the stall time, and the request is aborted', async () => {
    const calls = stubFetch({ headers: 'never' });
    const answer = fetchBytes('/data/directory-manifest.json', {}, { stallMs: STALL });
    await vi.advanceTimersByTimeAsync(STALL - 1);
    expect(calls[0]!.aborted()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({ ok: false, kind: 'stalled' });
    expect(calls[0]!.aborted()).toBe(true);
  });

  it('a body that stops arriving halfway is given up: no partial bytes come back', async () => {
    const calls = stubFetch({ headers: 'at-once', pieces: ['{"meta":', '{"version"'], thenStall: true });
    const answer = fetchBytes('/data/directory.json?v=x', {}, { stallMs: STALL });
    await vi.advanceTimersByTimeAsync(STALL);
    expect(await answer).toEqual({ ok: false, kind: 'stalled' });
    expect(calls[0]!.aborted()).toBe(true);
  });

  it('a slow body that keeps arriving is not a stall, however long it takes in all', async () => {
    const pieces = Array.from({ length: 10 }, (_, i) => `piece ${i};`);
    stubFetch({ headers: 'at-once', pieces, gapMs: STALL * 0.8 });
    const answer = fetchBytes('/data/directory.json?v=x', {}, { stallMs: STALL });
    await vi.advanceTimersByTimeAsync(STALL * 10);
    const result = await answer;
    expect(result.ok).toBe(true);
    if (result.ok) expect(new TextDecoder().decode(result.bytes)).toBe(pieces.join(''));
  });

  it('a stop from outside (a fresh attempt took over) aborts the request at once', async () => {
    const calls = stubFetch({ headers: 'at-once', pieces: ['{'], thenStall: true });
    const stop = stopSource();
    const answer = fetchBytes('/data/directory.json?v=x', {}, { stallMs: STALL, stop });
    await vi.advanceTimersByTimeAsync(10);
    stop.abort();
    expect(await answer).toEqual({ ok: false, kind: 'network' });
    expect(calls[0]!.aborted()).toBe(true);
  });

  it('an error status is reported as such, not as a stall', async () => {
    vi.stubGlobal('fetch', async () => new Response('gone', { status: 503 }));
    expect(await fetchBytes('/x', {}, { stallMs: STALL })).toEqual({ ok: false, kind: 'http', status: 503 });
  });
});

function stopSource() {
  const listeners = new Set<() => void>();
  const stop = {
    aborted: false,
    addEventListener: (_: 'abort', l: () => void) => void listeners.add(l),
    removeEventListener: (_: 'abort', l: () => void) => void listeners.delete(l),
    abort() {
      stop.aborted = true;
      listeners.forEach((l) => l());
    },
  };
  return stop;
}

describe('a stalled sync', () => {
  const V2 = '2026-11-20T08:00:00.000Z-0000bbbb';
  const publication = () => publishUnchecked(numberedDirectory({ services: 6, version: V2, label: 'Stand 2' }));

  it('ends with its own outcome and writes nothing, for the manifest or a part', async () => {
    const server = partsServer(publication());
    const store = recordingStore();
    server.manifestAnswer = { ok: false, kind: 'stalled' };
    expect(await runPartsSync(partsPorts(server, store), [])).toEqual({ kind: 'stalled', stage: 'manifest' });
    server.manifestAnswer = undefined;
    server.partAnswers.set('*', { ok: false, kind: 'stalled' });
    expect(await runPartsSync(partsPorts(server, store), [])).toEqual({ kind: 'stalled', stage: 'directory' });
    expect(store.writes).toEqual([]);
  });

  it('a fresh trigger never shares a dead attempt: it stops it, and both callers get the new outcome', async () => {
    const server = partsServer(publication());
    const store = recordingStore();
    const ports = partsPorts(server, store);
    const stops = new Set<StopSignal>();
    let hang = true;
    const answer = ports.fetchPart;
    // The first attempt's downloads hang until they are stopped; once the network is back, downloads work.
    ports.fetchPart = (sha256, stop) => {
      stops.add(stop!);
      if (!hang) return answer(sha256, stop);
      return new Promise<FetchResult>((resolve) =>
        stop!.addEventListener('abort', () => resolve({ ok: false, kind: 'network' })),
      );
    };
    const sync = partsSingleFlight(ports);
    const stuck = sync();
    const shared = sync();
    await vi.advanceTimersByTimeAsync(0);
    expect(stops.size).toBe(1); // a plain trigger shares the running attempt
    const [dead] = stops;
    hang = false;
    const fresh = sync({ fresh: true });
    expect(dead!.aborted).toBe(true);
    const outcomes = await Promise.all([stuck, shared, fresh]);
    expect(outcomes.map((o) => o.kind)).toEqual(['updated', 'updated', 'updated']);
    expect(outcomes[0]).toBe(outcomes[2]);
    expect(stops.size).toBe(2);
    expect(store.writes).toHaveLength(1);
    // Afterwards a plain trigger starts a new attempt (nothing left running to share).
    expect((await sync()).kind).toBe('up-to-date');
  });
});
