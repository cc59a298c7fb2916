// What is sent is what is measured: built files go out as the build's brotli or gzip copies,
// API answers are compressed on the fly, and a client that accepts neither gets plain bytes.
// Compression sits in the HTTP layer, above the store, so one store is enough here. An event
// stream is never encoded: a compressor would hold its small events back until a block fills.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDir } from '../../scripts/vite-precompress.ts';
import { PROTOCOL_VERSION } from '#core/protocol.ts';
import { report, SimDevice } from '../helpers/sim-device.ts';
import { userId } from '../helpers/server-state.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose answer is read as raw bytes, not decoded as fetch would. */
function raw(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('compression on the wire', () => {
  let server: TestServer;
  let dist: string;
  const script = `export const words = ${JSON.stringify(
    Array.from({ length: 2000 }, (_, i) => `line ${i} of the shell`),
  )};\n`;
  const shell = `<!doctype html><html><head><title>FloorSync</title></head><body>${'<p>floor</p>'.repeat(200)}</body></html>`;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'floorsync-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), shell);
    writeFileSync(join(dist, 'assets', 'shell-abc123.js'), script);
    writeFileSync(join(dist, 'assets', 'tiny-abc123.js'), 'export const a = 1;\n');
    precompressDir(dist);
    server = await startTestServer('sqlite', { distDir: dist });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('sends a built script as its brotli copy to a browser that accepts brotli', async () => {
    const res = await raw(`${server.url}/assets/shell-abc123.js`, {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toContain('immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
    // The build's own copy (brotli at its highest quality), not one made per request.
    expect(res.body.equals(readFileSync(join(dist, 'assets', 'shell-abc123.js.br')))).toBe(true);
    expect(res.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
  });

  it('sends the gzip copy when brotli is not accepted, and plain bytes when nothing is', async () => {
    const gz = await raw(`${server.url}/assets/shell-abc123.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(script);

    const plain = await raw(`${server.url}/assets/shell-abc123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('compresses a file the build left plain on the fly, and it arrives intact', async () => {
    const res = await raw(`${server.url}/assets/tiny-abc123.js`, {
      headers: { 'accept-encoding': 'br' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(res.body).toString()).toBe(
      readFileSync(join(dist, 'assets', 'tiny-abc123.js'), 'utf8'),
    );
  });

  it('sends the shell compressed, also for a deep link the router answers', async () => {
    for (const path of ['/', '/receive']) {
      const res = await raw(`${server.url}${path}`, {
        headers: { accept: 'text/html', 'accept-encoding': 'br' },
      });
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(brotliDecompressSync(res.body).toString()).toBe(shell);
    }
  });

  it('compresses a large API answer (a snapshot page) and not a small one', async () => {
    const deviceId = randomUUID();
    const picker = await server.as('picker', deviceId);
    const body = JSON.stringify({
      protocol: PROTOCOL_VERSION,
      deviceId,
      warehouseId: 'WH1',
      cursor: null,
      resultsAfter: 0,
      report: report(),
    });
    const big = await raw(`${server.url}/api/sync/pull`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${picker.token}`,
        'accept-encoding': 'gzip',
      },
      body,
    });
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('gzip');
    const page = JSON.parse(gunzipSync(big.body).toString()) as { changes: unknown[] };
    expect(page.changes.length).toBeGreaterThan(0);

    const small = await raw(`${server.url}/api/health`, { headers: { 'accept-encoding': 'gzip' } });
    expect(small.status).toBe(200);
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toMatchObject({ ok: true });
  });

  it('leaves an event stream plain and unbuffered for a client that accepts brotli', async () => {
    const listener = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    const url = `${server.url}/api/sync/events?warehouseId=WH1&deviceId=${listener.deviceId}&token=${listener.http.token}`;
    const { res, next } = await openStream(url, { 'accept-encoding': 'gzip, deflate, br' });
    try {
      expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
      expect(res.headers['content-encoding']).toBeUndefined();
      // The first event arrives while the stream stays open: nothing waits for a block to fill.
      expect(await next(/event: version/)).toContain('"warehouseId":"WH1"');
      const writer = new SimDevice(
        await server.as('picker'),
        'WH1',
        await userId(server.store, 'picker'),
      );
      const pushed = await writer.push([
        writer.move({ sku: 'SKU-10014', from: 'C-02-1', to: 'C-03-2', qty: 1 }),
      ]);
      const version = pushed.body.results[0]!.version!;
      expect(await next(new RegExp(`"version":${version}`))).toContain(`"version":${version}`);
      expect(res.readableEnded).toBe(false);
    } finally {
      res.destroy();
    }
  });
});

/** An open event stream read as raw bytes; `next` waits until the text read so far matches. */
function openStream(url: string, headers: Record<string, string>) {
  return new Promise<{ res: IncomingMessage; next: (p: RegExp) => Promise<string> }>(
    (resolve, reject) => {
      const req = request(url, { headers }, (res) => {
        let text = '';
        const waiting: { pattern: RegExp; done: (t: string) => void }[] = [];
        const settle = () => {
          for (const w of [...waiting])
            if (w.pattern.test(text)) {
              waiting.splice(waiting.indexOf(w), 1);
              w.done(text);
            }
        };
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          settle();
        });
        resolve({
          res,
          next: (pattern) =>
            new Promise((done) => {
              waiting.push({ pattern, done });
              settle();
            }),
        });
      });
      req.on('error', reject);
      req.end();
    },
  );
}
