/**
 * A server whose directory download can hang: in front of the static test server, it answers the
 * first request for a part of the directory (/data/parts/…) with its headers and the first bytes of
 * the body, then sends nothing more (a hung server, a dead mobile connection) until the client gives
 * up. Everything else, and the parts once `recover()` was called, passes through unchanged.
 */
import { createServer, request as forward } from 'node:http';
import { freePort, type RunningServer } from './harness';

export interface StallingServer extends RunningServer {
  /** Resolves when a stalled directory download has begun (headers and first bytes sent). */
  stalledDownloadStarted(): Promise<void>;
  /** How many stalled downloads the client itself aborted (closed the connection). */
  readonly abortedByClient: number;
  /** Every request for a part of the directory, stalled or not. */
  readonly directoryRequests: number;
  recover(): void;
  /**
   * Instead of stalling, hold the next part's answer whole until the returned release() is
   * called (a slow download that does complete).
   */
  holdNextDirectory(): { held: Promise<void>; release: () => void };
}

export async function startStallingServer(upstream: RunningServer): Promise<StallingServer> {
  const port = await freePort();
  let stalling = true;
  /** One stalled part at a time is enough: the sync waits for every part. */
  let stalled = false;
  let abortedByClient = 0;
  let directoryRequests = 0;
  let started: () => void = () => undefined;
  let hold: { arrived: () => void; released: Promise<void> } | undefined;
  const firstStall = new Promise<void>((resolve) => (started = resolve));
  const server = createServer((incoming, response) => {
    const path = new URL(incoming.url ?? '/', 'http://127.0.0.1').pathname;
    const isDirectory = path.startsWith('/data/parts/');
    if (isDirectory) directoryRequests += 1;
    const target = new URL(incoming.url ?? '/', upstream.url);
    const outgoing = forward(target, { method: incoming.method, headers: incoming.headers }, (answer) => {
      if (isDirectory && hold) {
        const { arrived, released } = hold;
        hold = undefined;
        const pieces: Buffer[] = [];
        answer.on('data', (piece: Buffer) => pieces.push(piece));
        answer.on('end', () => {
          arrived();
          void released.then(() => {
            response.writeHead(answer.statusCode ?? 502, answer.headers);
            response.end(Buffer.concat(pieces));
          });
        });
        return;
      }
      if (!(isDirectory && stalling && !stalled)) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      stalled = true;
      const length = Number(answer.headers['content-length'] ?? 0);
      response.writeHead(200, { ...answer.headers });
      answer.once('data', (first: Buffer) => {
        // A few bytes of the body, then silence: the connection stays open and nothing more arrives.
        response.write(first.subarray(0, Math.min(64, length, first.byteLength)));
        answer.destroy();
        started();
      });
      response.once('close', () => {
        if (!response.writableEnded) abortedByClient += 1;
      });
    });
    outgoing.on('error', () => response.writeHead(502).end());
    incoming.pipe(outgoing);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stalledDownloadStarted: () => firstStall,
    get abortedByClient() {
      return abortedByClient;
    },
    get directoryRequests() {
      return directoryRequests;
    },
    recover() {
      stalling = false;
    },
    holdNextDirectory() {
      stalling = false;
      let arrived = () => undefined as void;
      let release = () => undefined as void;
      const held = new Promise<void>((resolve) => (arrived = resolve));
      const released = new Promise<void>((resolve) => (release = resolve));
      hold = { arrived, released };
      return { held, release };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
