/**
 * The question a search address asks the search worker at the start (boot.ts), or once the stored
 * version is known: the screen takes its answer only for the same query and the directory version it
 * shows, and asks again otherwise.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatchRow } from '../../../src/domain/guide/match-table';
import type { SearchReply, SearchRequest } from '../../../src/domain/search/worker-protocol';
import type { MatchSource } from '../../../src/app/data/match-source';

/** What the fake worker was asked, and the version it holds (its stored index). */
let asked: SearchRequest[] = [];
let storedVersion = 'v1';
/** The worker's script fails to load: the next question gets an error event instead of an answer. */
let failing = false;

type Listener = (event: { data?: SearchReply; message?: string; preventDefault?: () => void }) => void;

class FakeWorker {
  private listeners = new Map<string, Set<Listener>>();
  addEventListener(type: string, listener: Listener): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: Listener): void {
    this.listeners.get(type)?.delete(listener);
  }
  private dispatch(type: string, event: Parameters<Listener>[0]): void {
    setTimeout(() => {
      for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
    });
  }
  postMessage(request: SearchRequest): void {
    asked.push(request);
    if (failing) return this.dispatch('error', { message: 'no such script', preventDefault: () => undefined });
    const version = request.version ?? storedVersion;
    // Row 1 then row 0 for "zwei", nothing else: the order shows whose answer was taken.
    const docs = Int32Array.from(request.query === 'zwei' ? [1, 0] : []);
    const reply: SearchReply = { id: request.id, version, docs };
    this.dispatch('message', { data: reply });
  }
  terminate(): void {}
}

function source(version: string, directory: () => Promise<unknown> = () => Promise.resolve(undefined)): MatchSource {
  const rows = [{ service: { id: 'a' } }, { service: { id: 'b' } }] as unknown as MatchRow[];
  return { version, rows, directory } as unknown as MatchSource;
}

const ids = (rows: MatchRow[]) => rows.map((row) => row.service.id);

beforeEach(() => {
  asked = [];
  storedVersion = 'v1';
  failing = false;
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the search worker asked at the start', () => {
  it('answers the screen when it shows the version stored: one question in all', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    start.askAhead('zwei');
    expect(asked).toEqual([{ id: 1, query: 'zwei' }]);
    page.askEarly('v1', 'zwei'); // the head is read: no second question, the start's is on its way
    expect(ids(await page.findRows(source('v1'), 'zwei'))).toEqual(['b', 'a']);
    expect(asked).toHaveLength(1);
  });

  it('is asked again about the shown version when the worker answered for another one', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    storedVersion = 'v2'; // a newer directory was stored after the page's own read
    start.askAhead('zwei');
    expect(ids(await page.findRows(source('v1'), 'zwei'))).toEqual(['b', 'a']);
    expect(asked.map((request) => request.version)).toEqual([undefined, 'v1']);
    expect(new Set(asked.map((request) => request.id)).size).toBe(2);
  });

  it('is not taken for another query, and only once', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    start.askAhead('zwei');
    expect(await page.findRows(source('v1'), 'drei')).toEqual([]);
    expect(asked.map((request) => [request.version, request.query])).toEqual([
      [undefined, 'zwei'],
      ['v1', 'drei'],
    ]);
    expect(ids(await page.findRows(source('v1'), 'zwei'))).toEqual(['b', 'a']);
    expect(ids(await page.findRows(source('v1'), 'zwei'))).toEqual(['b', 'a']);
    expect(asked.map((request) => [request.version, request.query])).toEqual([
      [undefined, 'zwei'],
      ['v1', 'drei'],
      ['v1', 'zwei'],
    ]);
  });

  it('a worker that failed on the start question sends the search to the page, without asking it again', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    failing = true;
    start.askAhead('zwei');
    const directory = vi.fn(() => Promise.resolve(undefined));
    expect(await page.findRows(source('v1', directory), 'zwei')).toEqual([]);
    expect(directory).toHaveBeenCalledOnce(); // the page reads the directory to search it itself
    expect(asked).toHaveLength(1);
  });
});
