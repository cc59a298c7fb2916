// Serves the built PWA from one origin with the API. Hashed assets are cached for a year; the
// shell, the manifest and the service worker are always revalidated so updates are seen. The
// build writes brotli and gzip copies of each file (scripts/vite-precompress.ts); a browser that
// accepts one gets it, so a phone downloads the compressed bytes without per-request work.
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export async function serveApp(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(`${distDir}/index.html`)) return false;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    setHeaders: (reply, path) => {
      if (/[/\\]assets[/\\]/.test(path))
        reply.header('cache-control', 'public, max-age=31536000, immutable');
      else reply.header('cache-control', 'no-cache');
    },
  });
  return true;
}

/** Deep links load the shell; the PWA's router takes it from there. */
export function isShellNavigation(
  method: string,
  url: string,
  accept: string | undefined,
): boolean {
  return method === 'GET' && !url.startsWith('/api/') && (accept ?? '').includes('text/html');
}
