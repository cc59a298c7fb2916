// Builds the harness page with Vite's JS API (a production build, so the worker chunks and the
// self-hosted .wasm are emitted exactly as in the app) into a temp dir, and serves it with the
// shared corpus under /corpus/ on a loopback port. Records every path it serves.

import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The corpus is shared between checkouts and read in place, never copied into the project. */
export const CORPUS_DIR = resolve(PROJECT_ROOT, '../shared/corpus');
const HARNESS_DIR = resolve(PROJECT_ROOT, 'bench/decode/harness');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

export interface HarnessServer {
  url: string;
  /** Paths requested so far, in order (e.g. to prove the .wasm came from here). */
  served: string[];
  close(): Promise<void>;
}

async function buildHarness(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: HARNESS_DIR,
    base: '/',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        // The harness imports every engine module directly, which defeats create-engine's lazy
        // imports by design (in the app they stay separate chunks).
        onwarn(warning, warn) {
          if (warning.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') warn(warning);
        },
      },
    },
    worker: { format: 'es' },
  });
}

/** Maps a URL path inside `root` to a file, refusing anything that escapes it. */
function inside(root: string, urlPath: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  return file.startsWith(root + sep) ? file : undefined;
}

function serve(outDir: string, corpusDir: string, served: string[]): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    served.push(path);
    const file = path.startsWith('/corpus/')
      ? inside(corpusDir, path.slice('/corpus'.length))
      : inside(outDir, path === '/' ? '/index.html' : path);
    const send = async () => {
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      response.writeHead(200, {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(response);
    };
    send().catch(() => {
      response.writeHead(404).end();
    });
  });
}

export async function startHarnessServer(corpusDir = CORPUS_DIR): Promise<HarnessServer> {
  const outDir = await mkdtemp(join(tmpdir(), 'decode-harness-'));
  await buildHarness(outDir);
  const served: string[] = [];
  const server = serve(outDir, corpusDir, served);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    served,
    async close() {
      await new Promise<void>((done) => server.close(() => done()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
