/**
 * A tiny static file server for tests that change files while serving (the update-flow test rewrites
 * sw.js to simulate a new release). It reads every file fresh from disk on each request, answers
 * unknown paths without a file extension with index.html (like the real host), and sends no-cache.
 */
import { cp, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { DIST_DIR, assertBuilt, freePort, type RunningServer } from './harness';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

export async function startStaticServer(root: string): Promise<RunningServer> {
  const port = await freePort();
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      let file = normalize(join(root, pathname));
      if (!file.startsWith(root)) {
        response.writeHead(403).end();
        return;
      }
      // A path answers with its .html file when there is one (/fragen/1 → fragen/1.html), like the real host.
      if (extname(pathname) === '' && !(await isFile(file)) && (await isFile(`${file}.html`))) file = `${file}.html`;
      if (!(await isFile(file))) {
        if (extname(pathname) !== '') {
          response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
        file = join(root, 'index.html');
      }
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      response.end(body);
    })().catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolveListen) => server.listen(port, '127.0.0.1', resolveListen));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolveClose) => server.close(() => resolveClose())),
  };
}

/** A throw-away copy of dist/ that a test may change. */
export async function copyDist(): Promise<{ dir: string; remove(): Promise<void> }> {
  assertBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'bff-dist-'));
  await cp(DIST_DIR, dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
