/**
 * The question a search address asks the search worker at the start (boot.ts): the screen takes its
 * answer only for the same query and the directory version it shows, and asks again otherwise.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MatchRow } from '../../../src/domain/guide/match-table';
import type { SearchReply, SearchRequest } from '../../../src/domain/search/worker-protocol';
import type { MatchSource } from '../../../src/app/data/match-source';

/** What the fake worker was asked, and the version it holds (its stored index). */
let asked: SearchRequest[] = [];
let storedVersion = 'v1';

class FakeWorker {
  private listeners = new Set<(event: { data: SearchReply }) => void>();
  addEventListener(type: string, listener: (event: { data: SearchReply }) => void): void {
    if (type === 'message') this.listeners.add(listener);
  }
  removeEventListener(type: string, listener: (event: { data: SearchReply }) => void): void {
    if (type === 'message') this.listeners.delete(listener);
  }
  postMessage(request: SearchRequest): void {
    asked.push(request);
    const version = request.version ?? storedVersion;
    // Row 1 then row 0 for "zwei", nothing else: the order shows whose answer was taken.
    const docs = Int32Array.from(request.query === 'zwei' ? [1, 0] : []);
    const reply: SearchReply = { id: request.id, version, docs };
    setTimeout(() => {
      for (const listener of [...this.listeners]) listener({ data: reply });
    });
  }
  terminate(): void {}
}

function source(version: string): MatchSource {
  const rows = [{ service: { id: 'a' } }, { service: { id: 'b' } }] as unknown as MatchRow[];
  return { version, rows, directory: () => Promise.resolve(undefined) } as unknown as MatchSource;
}

const ids = (rows: MatchRow[]) => rows.map((row) => row.service.id);

beforeEach(() => {
  asked = [];
  storedVersion = 'v1';
  vi.resetModules();
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the search worker asked at the start', () => {
  it('answers the screen when it shows the version stored: one question in all', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    start.askAtStart('zwei');
    expect(asked).toEqual([{ id: 1, query: 'zwei' }]);
    page.askEarly('v1', 'zwei'); // the head is read: no second question, the start's is on its way
    expect(ids(await page.findRows(source('v1'), 'zwei'))).toEqual(['b', 'a']);
    expect(asked).toHaveLength(1);
  });

  it('is asked again about the shown version when the worker answered for another one', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    storedVersion = 'v2'; // a newer directory was stored after the page's own read
    start.askAtStart('zwei');
    expect(ids(await page.findRows(source('v1'), 'zwei'))).toEqual(['b', 'a']);
    expect(asked.map((request) => request.version)).toEqual([undefined, 'v1']);
    expect(new Set(asked.map((request) => request.id)).size).toBe(2);
  });

  it('is not taken for another query, and only once', async () => {
    const start = await import('../../../src/app/data/search-worker-start');
    const page = await import('../../../src/app/search/search-in-worker');
    start.askAtStart('zwei');
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
});
