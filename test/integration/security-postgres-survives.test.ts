// Finding B2: when PostgreSQL drops idle connections (restart, failover, idle timeout, a proxy)
// the server must keep serving: the pool replaces the lost clients, the LISTEN connection comes
// back and pokes flow again, and a push after the drop is applied exactly once.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SimDevice } from '../helpers/sim-device.ts';
import { stockOf, userId } from '../helpers/server-state.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

describe.runIf(inject('pgUrl'))('PostgreSQL dropping connections', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('postgres');
  });
  afterAll(() => server.close());

  it('B2: every other backend is terminated; the server keeps serving and pokes resume', async () => {
    const dev = new SimDevice(
      await server.as('picker'),
      'WH1',
      await userId(server.store, 'picker'),
    );
    // Several pulls at once leave several idle clients in the pool.
    await Promise.all(Array.from({ length: 6 }, () => dev.pullPage()));
    const pokes: number[] = [];
    const off = server.store.onVersion((_wh, v) => pokes.push(v));
    const killed = await sql<{ n: number }>`
      select count(pg_terminate_backend(pid))::int as n from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`.execute(server.store.db);
    expect(killed.rows[0]!.n).toBeGreaterThan(1);
    const before = await stockOf(server.store, 'WH1', 'C-03-2', 'SKU-10041');
    const op = dev.move({ sku: 'SKU-10041', from: 'A-01-1', to: 'C-03-2', qty: 1 });
    // The first query may meet a dead client before the pool notices; the device resends.
    await expect
      .poll(async () => (await dev.push([op])).body.results?.[0]?.status, { timeout: 20_000 })
      .toMatch(/applied|duplicate/);
    expect(await stockOf(server.store, 'WH1', 'C-03-2', 'SKU-10041')).toBe(before + 1);
    // The LISTEN connection came back: a later commit is heard again.
    await expect
      .poll(
        async () => {
          const res = await dev.push([
            dev.move({ sku: 'SKU-10042', from: 'A-01-1', to: 'C-03-2', qty: 1 }),
          ]);
          const v = res.body.results?.[0]?.version;
          await new Promise((r) => setTimeout(r, 200));
          return v !== undefined && pokes.includes(v);
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    off();
  });
});
