/**
 * `npm start` (vite preview) sends the headers the README asks every host to send ("Deploying"):
 * the Content-Security-Policy as a header, which alone can carry frame-ancestors (a meta tag cannot,
 * so with the meta policy only, another site could frame the app), and Cache-Control per path.
 * The policy is the one in index.html's meta tag plus frame-ancestors, so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The header policy for a page whose meta policy is `metaPolicy`. */
export function headerPolicy(metaPolicy: string): string {
  return `${metaPolicy.trim().replace(/;\s*$/, '')}; frame-ancestors 'none'`;
}

export function metaPolicyOf(html: string): string {
  const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (policy === undefined) throw new Error('index.html has no Content-Security-Policy meta tag');
  return policy;
}

/**
 * Cache-Control as the README's table lists it: hashed files (the app's assets, the directory's parts
 * named by their SHA-256) for a year, everything else revalidated.
 */
export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') || pathname.startsWith('/data/parts/')
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

export function deployHeadersPlugin(indexHtml = 'index.html'): Plugin {
  return {
    name: 'bff-deploy-headers',
    configurePreviewServer(server) {
      const policy = headerPolicy(metaPolicyOf(readFileSync(indexHtml, 'utf8')));
      server.middlewares.use((request, response, next) => {
        const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
        response.setHeader('Content-Security-Policy', policy);
        response.setHeader('Cache-Control', cacheControlFor(pathname));
        next();
      });
    },
  };
}
