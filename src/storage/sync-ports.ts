import { PARTS_MANIFEST_FILE, partPath } from '../domain/sync/parts-manifest';
import type { PartsStore, PartsSyncPorts } from '../domain/sync/parts-sync';
import type { FetchResult, StopSignal } from '../domain/sync/ports';

/**
 * The sync's ports on the phone, in a page or in a worker (fetch, Web Crypto and TextDecoder exist in
 * both). The manifest is revalidated on every request (cache: no-cache); every part is named by its
 * SHA-256, so no cache between here and the server can hand back an older part for a newer manifest.
 * Only our own origin is asked: `base` is the app's path there ("/").
 */

/**
 * How long a download may go without a sign of life (the server's answer, or the next piece of the
 * body) before it is given up as stalled. A slow connection still delivers a piece every second or
 * so; a dead one (a train in a tunnel, a server that hangs) delivers nothing, and without this limit
 * the fetch would wait for minutes while every later sync waited with it.
 */
const STALL_MS = 15_000;

export interface FetchOptions {
  stallMs?: number;
  stop?: StopSignal | undefined;
}

/**
 * Fetches `url` as bytes, reading the body piece by piece so a stall is noticed while it happens.
 * A stall aborts the request (AbortController) and answers `stalled`; a stop from outside (a fresh
 * attempt replaced this one) answers `network`; a connection that fails answers `network` too.
 */
export async function fetchBytes(url: string, init: RequestInit, options: FetchOptions = {}): Promise<FetchResult> {
  const { stallMs = STALL_MS, stop } = options;
  if (stop?.aborted) return { ok: false, kind: 'network' };
  const controller = new AbortController();
  let stalled = false;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const giveUp = () => {
    controller.abort();
    // Some engines leave a pending read waiting after the abort; cancelling the reader ends it.
    reader?.cancel().catch(() => undefined);
  };
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      giveUp();
    }, stallMs);
  };
  stop?.addEventListener('abort', giveUp);
  watch();
  try {
    const response = await fetch(url, { credentials: 'same-origin', ...init, signal: controller.signal });
    if (!response.ok) {
      response.body?.cancel().catch(() => undefined);
      return { ok: false, kind: 'http', status: response.status };
    }
    if (!response.body) return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
    watch();
    reader = response.body.getReader();
    const pieces: Uint8Array[] = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (stalled || stop?.aborted) throw new Error('aborted');
      if (done) break;
      pieces.push(value);
      length += value.byteLength;
      watch();
    }
    return { ok: true, bytes: joined(pieces, length) };
  } catch (error) {
    // Reading can fail halfway (network lost): the sync treats a thrown error as "offline".
    if (stalled) return { ok: false, kind: 'stalled' };
    if (stop?.aborted) return { ok: false, kind: 'network' };
    throw error;
  } finally {
    clearTimeout(timer);
    stop?.removeEventListener('abort', giveUp);
  }
}

function joined(pieces: Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    bytes.set(piece, at);
    at += piece.byteLength;
  }
  return bytes;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The ports of the sync in parts: the manifest revalidated on every request (no-cache); the parts
 * named by their SHA-256 never change, so any cache may answer them.
 */
export function webPartsPorts(store: PartsStore, base: string, stallMs = STALL_MS): PartsSyncPorts {
  const decoder = new TextDecoder();
  return {
    fetchManifest: (stop) => fetchBytes(`${base}data/${PARTS_MANIFEST_FILE}`, { cache: 'no-cache' }, { stallMs, stop }),
    fetchPart: (sha256, stop) => fetchBytes(`${base}data/${partPath(sha256)}`, {}, { stallMs, stop }),
    sha256: sha256Hex,
    decodeUtf8: (bytes) => decoder.decode(bytes),
    store,
    now: () => Date.now(),
  };
}
