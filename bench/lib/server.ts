// An in-process server on a real store for benchmarks (the tests' helper needs Vitest).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../server/app.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/store.ts';
import { HttpClient } from '../../test/helpers/http-client.ts';

export interface BenchServer {
  url: string;
  store: Store;
  as(username: string, deviceId?: string): Promise<HttpClient>;
  close(): Promise<void>;
}

export async function startBenchServer(
  opts: { databaseUrl?: string; store?: Store } = {},
): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'floorsync-bench-'));
  const store = opts.store ?? (await openStore({ dataDir, databaseUrl: opts.databaseUrl }));
  if (!opts.store) await seedDemo(store);
  const app = await buildApp({ store, appVersion: 'bench' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const http = new HttpClient(url);
  return {
    url,
    store,
    as: async (username, deviceId) => {
      const res = await http.post<{ token: string }>('/api/auth/login', {
        username,
        password: `${username.replace(/\d+$/, '')}123`,
        deviceId,
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
      return http.withToken(res.body.token);
    },
    close: async () => {
      await app.close();
      if (!opts.store) await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
