import type { FetchResult, SyncPorts, SyncStore } from '../domain/sync/ports';

/**
 * The sync's ports on the phone, in a page or in a worker (fetch, Web Crypto and TextDecoder exist in
 * both). The manifest is revalidated on every request (cache: no-cache); the body carries its version
 * in the query string, so no cache between here and the server can hand back an older directory.json
 * for a newer manifest. Only our own origin is asked: `base` is the app's path there ("/").
 */

async function fetchBytes(url: string, init: RequestInit): Promise<FetchResult> {
  const response = await fetch(url, { credentials: 'same-origin', ...init });
  if (!response.ok) return { ok: false, kind: 'http', status: response.status };
  // Reading the body can fail halfway (network lost): the caller treats a throw as "offline".
  return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function webSyncPorts(store: SyncStore, base: string): SyncPorts {
  const decoder = new TextDecoder();
  return {
    fetchManifest: () => fetchBytes(`${base}data/directory-manifest.json`, { cache: 'no-cache' }),
    fetchDirectory: (version) => fetchBytes(`${base}data/directory.json?v=${encodeURIComponent(version)}`, {}),
    sha256: sha256Hex,
    decodeUtf8: (bytes) => decoder.decode(bytes),
    store,
    now: () => Date.now(),
  };
}
