// Push throughput on PostgreSQL: 10,000 ops from one device, and 10,000 ops from 20 devices in
// parallel through two server instances; each against the same rows written straight into the
// same database with pg (one statement per row, batch transactions, the version row locked).
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { findPgBin, startCluster, type Cluster } from '../../test/helpers/postgres-cluster.ts';
import { createTestDatabase } from '../../test/helpers/test-server.ts';
import { SimDevice } from '../../test/helpers/sim-device.ts';
import { openStore } from '../../server/store/open.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { startBenchServer } from '../lib/server.ts';
import { round } from '../lib/stats.ts';
import { moveFor, PUSH_BATCH, PUSH_OPS, type PushFigures } from './push-throughput.ts';

async function freshDatabase(base: string): Promise<string> {
  const url = await createTestDatabase(base);
  const store = await openStore({ dataDir: '/nonexistent', databaseUrl: url });
  await seedDemo(store);
  await store.close();
  return url;
}

/** Ours: `devices` devices split over `instances` server instances, all pushing at once. */
async function pushOurs(url: string, devices: number, instances: number): Promise<number> {
  const servers = await Promise.all(
    Array.from({ length: instances }, async () => {
      const store = await openStore({ dataDir: '/nonexistent', databaseUrl: url });
      return { server: await startBenchServer({ store }), store };
    }),
  );
  try {
    const sims = await Promise.all(
      Array.from({ length: devices }, async (_, n) => {
        const http = await servers[n % instances]!.server.as('picker');
        const me = (await http.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
        const dev = new SimDevice(http, 'WH1', me);
        return {
          dev,
          ops: Array.from({ length: PUSH_OPS / devices }, (_, i) =>
            dev.move(moveFor(i * devices + n)),
          ),
        };
      }),
    );
    const batch = Math.min(PUSH_BATCH, PUSH_OPS / devices / 2);
    const t0 = performance.now();
    await Promise.all(
      sims.map(async ({ dev, ops }) => {
        for (let i = 0; i < ops.length; i += batch) {
          const res = await dev.push(ops.slice(i, i + batch));
          if (res.status !== 200) throw new Error(`push ${res.status} ${JSON.stringify(res.body)}`);
        }
      }),
    );
    return (performance.now() - t0) / 1000;
  } finally {
    for (const s of servers) {
      await s.server.close();
      await s.store.close();
    }
  }
}

/** The same rows with plain pg statements, `devices` connections in parallel. */
async function pushRaw(url: string, devices: number): Promise<number> {
  const clients = await Promise.all(
    Array.from({ length: devices }, async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  );
  const per = PUSH_OPS / devices;
  const batch = Math.min(PUSH_BATCH, per / 2);
  const at = Date.now();
  const t0 = performance.now();
  await Promise.all(
    clients.map(async (c, n) => {
      const device = randomUUID();
      for (let i = 0; i < per; i += batch) {
        await c.query('begin');
        await c.query("select 1 from warehouses where id = 'WH1' for update");
        const { rows } = await c.query<{ version: string }>(
          "update warehouses set version = version + 1 where id = 'WH1' returning version",
        );
        const version = Number(rows[0]!.version);
        for (let seq = i + 1; seq <= Math.min(i + batch, per); seq++) {
          const m = moveFor((seq - 1) * devices + n);
          const opId = randomUUID();
          await c.query(
            "insert into op_log values ($1, $2, $3, 'stock.move', 1, 'u', 'WH1', $4, $4, 0, $5, 'applied', null, null, $6, null)",
            [device, seq, opId, at, JSON.stringify(m), version],
          );
          for (const [k, loc, delta] of [
            [0, m.from, -m.qty],
            [1, m.to, m.qty],
          ] as const) {
            const r = await c.query<{ qty: string }>(
              "insert into stock values ('WH1', $1, $2, '', '', $3, $4) on conflict (warehouse_id, location, sku, lot, expiry) do update set qty = stock.qty + excluded.qty, version = excluded.version returning qty",
              [loc, m.sku, delta, version],
            );
            await c.query(
              "insert into movements values ($1, 'WH1', $2, $3, 'move', $4, $5, 'u', $6, $7, '', '', $8, null, null)",
              [`${opId}/${k}`, version, at, opId, device, m.sku, loc, delta],
            );
            const key = `${loc}|${m.sku}||`;
            await c.query(
              "insert into sync_rows values ('WH1', 'stock', $1, $2, 0, $3) on conflict (warehouse_id, entity, key) do update set version = excluded.version, data = excluded.data",
              [
                key,
                version,
                JSON.stringify({
                  key,
                  location: loc,
                  sku: m.sku,
                  lot: '',
                  expiry: '',
                  qty: Number(r.rows[0]!.qty),
                }),
              ],
            );
          }
        }
        await c.query('commit');
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await Promise.all(clients.map((c) => c.end()));
  return seconds;
}

const figures = (store: string, seconds: number, rawSeconds: number): PushFigures => ({
  store,
  ops: PUSH_OPS,
  seconds: round(seconds),
  opsPerSecond: Math.round(PUSH_OPS / seconds),
  rawSeconds: round(rawSeconds),
  ratioToRaw: round(seconds / rawSeconds),
});

export async function benchPushPostgres(): Promise<PushFigures[] | { skipped: string }> {
  let cluster: Cluster | null = null;
  let base = process.env['TEST_DATABASE_URL'];
  if (!base) {
    const bin = findPgBin();
    if (!bin)
      return {
        skipped:
          'PostgreSQL is not installed (apt-get install -y postgresql) and TEST_DATABASE_URL is not set',
      };
    cluster = await startCluster(bin);
    base = cluster.url;
  }
  try {
    const one = figures(
      'postgres, 1 device',
      await pushOurs(await freshDatabase(base), 1, 1),
      await pushRaw(await freshDatabase(base), 1),
    );
    const many = figures(
      'postgres, 20 devices, 2 instances',
      await pushOurs(await freshDatabase(base), 20, 2),
      await pushRaw(await freshDatabase(base), 20),
    );
    return [one, many];
  } finally {
    cluster?.stop();
  }
}
