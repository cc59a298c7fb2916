// Several server instances on one PostgreSQL: migrations run once when instances start together;
// 20 devices push interleaved batches through two instances at once and every op is applied
// exactly once, a reader pulling all the while misses nothing, every device ends equal to the
// server; and a device on instance A is poked when a device on instance B changes something.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/store.ts';
import { createTestDatabase } from '../helpers/test-server.ts';
import { HttpClient } from '../helpers/http-client.ts';
import { SimDevice } from '../helpers/sim-device.ts';
import { feedState, userId } from '../helpers/server-state.ts';
import { assertOpsAppliedOnce, assertStockArithmetic } from '../helpers/invariants.ts';

interface Instance {
  app: FastifyInstance;
  store: Store;
  http: HttpClient;
  url: string;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const store = await openStore({ dataDir: '/nonexistent', databaseUrl });
  const app = await buildApp({ store, appVersion: 'test' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return { app, store, url, http: new HttpClient(url) };
}

/** Signs in on a new device (its own id and key), as a phone does. */
const login = async (i: Instance, username: string, password: string) => {
  const deviceId = `sim-${randomUUID()}`;
  const deviceKey = randomBytes(32).toString('base64url');
  const res = await i.http.post<{ token: string }>('/api/auth/login', {
    username,
    password,
    deviceId,
    deviceKey,
  });
  return i.http.withToken(res.body.token, deviceId);
};

describe.runIf(inject('pgUrl'))('several instances on one PostgreSQL', () => {
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase(inject('pgUrl')!);
    // Both start (and migrate) at the same moment.
    [a, b] = await Promise.all([startInstance(databaseUrl), startInstance(databaseUrl)]);
    await seedDemo(a.store);
  });
  afterAll(async () => {
    for (const i of [a, b]) {
      await i.app.close();
      await i.store.close();
    }
  });

  it('ran each migration exactly once when both instances started together', async () => {
    const rows = await a.store.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute();
    const names = rows.map((r) => (r as { name: string }).name);
    expect(names).toEqual([...new Set(names)]);
    expect(names.length).toBeGreaterThan(0);
  });

  it('applies 20 devices pushing through two instances at once exactly once, skipping nothing', async () => {
    const me = await userId(a.store, 'picker');
    const devices: SimDevice[] = [];
    for (let i = 0; i < 20; i++)
      devices.push(new SimDevice(await login(i % 2 ? b : a, 'picker', 'picker123'), 'WH1', me));
    const reader = new SimDevice(
      await login(a, 'picker2', 'picker123'),
      'WH1',
      await userId(a.store, 'picker2'),
    );
    await reader.pullAll();
    const locs = ['A-01-1', 'A-02-1', 'A-03-1', 'B-01-2', 'B-02-2'];
    const opsOf = devices.map((d, n) =>
      Array.from({ length: 30 }, (_, i) =>
        d.move({
          sku: `SKU-${10001 + ((n + i) % 7)}`,
          from: locs[i % 5]!,
          to: locs[(i + 1) % 5]!,
          qty: 1,
        }),
      ),
    );
    let pushing = true;
    const readerLoop = (async () => {
      // Pulls while the pushes commit out of order across instances: a version the reader has
      // passed must never gain rows later (the sequence-gap bug).
      while (pushing) await reader.pullAll(50);
    })();
    await Promise.all(
      devices.map(async (d, n) => {
        const ops = opsOf[n]!;
        for (let i = 0; i < ops.length; i += 5) {
          const res = await d.push(ops.slice(i, i + 5));
          expect(res.status).toBe(200);
          expect(res.body.results.every((r) => r.status === 'applied')).toBe(true);
        }
      }),
    );
    pushing = false;
    await readerLoop;
    await reader.pullAll();
    for (const [n, d] of devices.entries())
      await assertOpsAppliedOnce(a.store, d.deviceId, opsOf[n]!);
    await assertStockArithmetic(a.store, 'WH1');
    const server = await feedState(a.store, 'WH1');
    expect(reader.rows).toEqual(server);
    for (const d of devices.slice(0, 4)) {
      await d.pullAll();
      expect(d.rows).toEqual(server);
    }
    const fresh = new SimDevice(await login(b, 'picker', 'picker123'), 'WH1', me);
    await fresh.pullAll(100);
    expect(fresh.rows).toEqual(server);
    const versions = await a.store.db
      .selectFrom('op_log')
      .select(['device_id', 'seq', 'version'])
      .orderBy('device_id')
      .orderBy('seq')
      .execute();
    for (const d of devices) {
      const mine = versions.filter((v) => v.device_id === d.deviceId).map((v) => Number(v.version));
      expect(mine).toEqual([...mine].sort((x, y) => x - y));
    }
  });

  it('pokes a device listening on instance A when a device on instance B pushes', async () => {
    const listener = await login(a, 'picker2', 'picker123');
    const res = await fetch(
      `${a.url}/api/sync/events?warehouseId=WH1&deviceId=${listener.deviceId}&token=${listener.token}`,
    );
    const stream = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while (!text.includes('event: version')) text += decoder.decode((await stream.read()).value);
    const pushed = new SimDevice(
      await login(b, 'picker', 'picker123'),
      'WH1',
      await userId(b.store, 'picker'),
    );
    const result = await pushed.push([
      pushed.move({ sku: 'SKU-10030', from: 'B-01-1', to: 'B-02-2', qty: 1 }),
    ]);
    const version = result.body.results[0]!.version!;
    while (!text.includes(`"version":${version}`))
      text += decoder.decode((await stream.read()).value);
    expect(text).toContain(`{"warehouseId":"WH1","version":${version}}`);
    await stream.cancel();
  });
});
