// Push throughput: 10,000 stock moves from one device over HTTP into the store, against a
// baseline measured in the same run: the same rows (op log, two stock upserts, two ledger rows,
// two feed rows per op, a version bump per batch) written straight into the same kind of
// database with prepared statements, in the same batch transactions.
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { SimDevice } from '../../test/helpers/sim-device.ts';
import { openStore } from '../../server/store/open.ts';
import type { Store } from '../../server/store/store.ts';
import { seedDemo } from '../../server/demo/seed.ts';
import { sql } from 'kysely';
import { round } from '../lib/stats.ts';
import { demoItems } from '../../server/demo/generate.ts';
import { startBenchServer } from '../lib/server.ts';

export const PUSH_OPS = 10_000;
export const PUSH_BATCH = 500;

export interface PushFigures {
  store: string;
  ops: number;
  seconds: number;
  opsPerSecond: number;
  rawSeconds: number;
  ratioToRaw: number;
}

const HOMES = demoItems()
  .slice(0, 24)
  .map((i) => i.homeLocation!);
/** Realistic moves: one unit out of an item's pick face to reserve and back, stock stays positive. */
export const moveFor = (i: number) => {
  const n = Math.floor(i / 2) % 24;
  const home = HOMES[n]!;
  const sku = `SKU-${10001 + n}`;
  return i % 2 === 0
    ? { sku, from: home, to: 'R-01', qty: 1 }
    : { sku, from: 'R-01', to: home, qty: 1 };
};

/** Ours: HTTP, validation, rules, savepoints, feed, all of it. */
export async function pushOverHttp(databaseUrl?: string): Promise<number> {
  const server = await startBenchServer({ databaseUrl });
  try {
    const picker = await server.as('picker');
    const me = (await picker.get<{ user: { id: string } }>('/api/auth/me')).body.user.id;
    const dev = new SimDevice(picker, 'WH1', me);
    const ops = Array.from({ length: PUSH_OPS }, (_, i) => dev.move(moveFor(i)));
    const t0 = performance.now();
    for (let i = 0; i < ops.length; i += PUSH_BATCH) {
      const res = await dev.push(ops.slice(i, i + PUSH_BATCH));
      if (res.status !== 200) throw new Error(`push ${res.status}`);
    }
    return (performance.now() - t0) / 1000;
  } finally {
    await server.close();
  }
}

/** The baseline: the same rows with better-sqlite3 prepared statements, same batching. */
export async function rawSqliteInsert(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'floorsync-raw-'));
  const store = await openStore({ dataDir });
  await seedDemo(store);
  await store.close();
  const db = new SqliteDatabase(join(dataDir, 'floorsync.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const bump = db.prepare(
    "update warehouses set version = version + 1 where id = 'WH1' returning version",
  );
  const opLog = db.prepare(
    "insert into op_log values (@device, @seq, @opId, 'stock.move', 1, 'u', 'WH1', @at, @at, 0, @payload, 'applied', null, null, @version, null)",
  );
  const stock = db.prepare(
    "insert into stock values ('WH1', @loc, @sku, '', '', @delta, @version) on conflict do update set qty = stock.qty + excluded.qty, version = excluded.version returning qty",
  );
  const movement = db.prepare(
    "insert into movements values (@id, 'WH1', @version, @at, 'move', @opId, @device, 'u', @sku, @loc, '', '', @delta, null, null)",
  );
  const feed = db.prepare(
    "insert into sync_rows values ('WH1', 'stock', @key, @version, 0, @data) on conflict do update set version = excluded.version, data = excluded.data",
  );
  const device = randomUUID();
  const at = Date.now();
  const t0 = performance.now();
  for (let i = 0; i < PUSH_OPS; i += PUSH_BATCH) {
    db.transaction(() => {
      const { version } = bump.get() as { version: number };
      for (let seq = i + 1; seq <= Math.min(i + PUSH_BATCH, PUSH_OPS); seq++) {
        const m = moveFor(seq - 1);
        const opId = randomUUID();
        opLog.run({ device, seq, opId, at, payload: JSON.stringify(m), version });
        for (const [n, loc, delta] of [
          [0, m.from, -m.qty],
          [1, m.to, m.qty],
        ] as const) {
          const { qty } = stock.get({ loc, sku: m.sku, delta, version }) as { qty: number };
          movement.run({ id: `${opId}/${n}`, version, at, opId, device, sku: m.sku, loc, delta });
          const key = `${loc}|${m.sku}||`;
          feed.run({
            key,
            version,
            data: JSON.stringify({ key, location: loc, sku: m.sku, lot: '', expiry: '', qty }),
          });
        }
      }
    })();
  }
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  rmSync(dataDir, { recursive: true, force: true });
  return seconds;
}

export async function benchPushSqlite(): Promise<PushFigures> {
  const rawSeconds = await rawSqliteInsert();
  const seconds = await pushOverHttp();
  return {
    store: 'sqlite',
    ops: PUSH_OPS,
    seconds: round(seconds),
    opsPerSecond: Math.round(PUSH_OPS / seconds),
    rawSeconds: round(rawSeconds),
    ratioToRaw: round(seconds / rawSeconds),
  };
}

export type { Store };
export { sql };
