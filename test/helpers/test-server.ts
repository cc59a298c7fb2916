// Integration tests start the real server in-process on a real store and talk to it over real
// HTTP. Each call gets its own SQLite file, or its own database in the run's PostgreSQL cluster.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/store.ts';
import { HttpClient } from './http-client.ts';

export type StoreKind = 'sqlite' | 'postgres';

/** The stores every server suite runs against: both, when PostgreSQL is available. */
export const storeKinds = (): StoreKind[] =>
  inject('pgUrl') ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestServer {
  url: string;
  store: Store;
  app: FastifyInstance;
  http: HttpClient;
  /**
   * Signs a demo user in on a device (a new one unless named; each device id keeps its own
   * key, as a real device does) and returns a client that sends their token.
   */
  as(username: string, deviceId?: string): Promise<HttpClient>;
  /** The key a device id signs in with in this server's tests. */
  deviceKey(deviceId: string): string;
  close(): Promise<void>;
}

const PASSWORDS: Record<string, string> = {
  picker: 'picker123',
  picker2: 'picker123',
  receiver: 'receiver123',
  counter: 'counter123',
  supervisor: 'supervisor123',
  admin: 'admin123',
  north: 'north123',
};

export async function createTestDatabase(baseUrl: string): Promise<string> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function openTestStore(
  kind: StoreKind,
): Promise<{ store: Store; databaseUrl?: string; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'floorsync-it-'));
  if (kind === 'sqlite') return { store: await openStore({ dataDir }), dataDir };
  const databaseUrl = await createTestDatabase(inject('pgUrl')!);
  return { store: await openStore({ dataDir, databaseUrl }), databaseUrl, dataDir };
}

export async function startTestServer(
  kind: StoreKind,
  opts: { demo?: boolean; distDir?: string } = {},
): Promise<TestServer> {
  const { store, dataDir } = await openTestStore(kind);
  if (opts.demo !== false) await seedDemo(store);
  const app = await buildApp({ store, appVersion: 'test', distDir: opts.distDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const http = new HttpClient(url);
  const keys = new Map<string, string>();
  const deviceKey = (deviceId: string): string => {
    let key = keys.get(deviceId);
    if (!key) keys.set(deviceId, (key = randomBytes(32).toString('base64url')));
    return key;
  };
  return {
    url,
    store,
    app,
    http,
    deviceKey,
    as: async (username, deviceId = `sim-${randomUUID()}`) => {
      const res = await http.post('/api/auth/login', {
        username,
        password: PASSWORDS[username] ?? '',
        deviceId,
        deviceKey: deviceKey(deviceId),
      });
      if (res.status !== 200)
        throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      return http.withToken((res.body as { token: string }).token, deviceId);
    },
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
