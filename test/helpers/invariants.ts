// The invariants every sync and fault test asserts (../shared/TESTING.md):
// I1 every acknowledged op applied exactly once or rejected with a reason; I2 per-device seq
// order without gaps; I3 device base = server state; I4 stock arithmetic holds, no negative
// stock without an exception; I5 the outbox drains.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Store } from '../../server/store/store.ts';
import { deviceBase, deviceMeta, deviceOps, type DeviceOp } from './device-db.ts';
import { feedState } from './server-state.ts';

/** I1 + I2 for one device: its ops in the op log once each, in seq order, none missing. */
export async function assertOpsAppliedOnce(
  store: Store,
  deviceId: string,
  acknowledged: readonly Pick<DeviceOp, 'seq' | 'opId'>[],
): Promise<void> {
  const logged = await store.db
    .selectFrom('op_log')
    .select(['seq', 'op_id', 'status', 'code', 'version'])
    .where('device_id', '=', deviceId)
    .orderBy('seq')
    .execute();
  expect(
    logged.map((r) => Number(r.seq)),
    'I2: seqs 1..n without gaps',
  ).toEqual(logged.map((_, i) => i + 1));
  const byOpId = new Map(logged.map((r) => [r.op_id, r]));
  for (const op of acknowledged) {
    const row = byOpId.get(op.opId);
    expect(row, `I1: op seq ${op.seq} (${op.opId}) reached the server`).toBeDefined();
    expect(Number(row!.seq)).toBe(op.seq);
    if (row!.status === 'rejected')
      expect(row!.code, 'I1: a rejected op has a reason').toBeTruthy();
  }
  const applied = logged.filter((r) => r.status === 'applied');
  const movementsPerOp = await store.db
    .selectFrom('movements')
    .select(['op_id'])
    .where('device_id', '=', deviceId)
    .execute();
  const counts = new Map<string, number>();
  for (const m of movementsPerOp) counts.set(m.op_id!, (counts.get(m.op_id!) ?? 0) + 1);
  for (const r of applied)
    expect(counts.get(r.op_id) ?? 0, `I1: op ${r.op_id} applied once`).toBeLessThanOrEqual(2);
  const versions = applied.map((r) => Number(r.version));
  expect(versions, 'I2: applied in seq order').toEqual([...versions].sort((a, b) => a - b));
}

/** I4: every bucket equals the sum of its movements; negative stock has an exception. */
export async function assertStockArithmetic(store: Store, warehouseId: string): Promise<void> {
  const stock = await store.db
    .selectFrom('stock')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .execute();
  const sums = await store.db
    .selectFrom('movements')
    .select(['location', 'sku', 'lot', 'expiry', (eb) => eb.fn.sum<number>('delta').as('total')])
    .where('warehouse_id', '=', warehouseId)
    .groupBy(['location', 'sku', 'lot', 'expiry'])
    .execute();
  const key = (r: { location: string; sku: string; lot: string; expiry: string }) =>
    `${r.location}|${r.sku}|${r.lot}|${r.expiry}`;
  const ledger = new Map(sums.map((s) => [key(s), Number(s.total)]));
  for (const s of stock)
    expect(Number(s.qty), `I4: ${key(s)} = its movements`).toBe(ledger.get(key(s)) ?? 0);
  const negative = stock.filter((s) => Number(s.qty) < 0);
  if (negative.length) {
    const refs = new Set(
      (
        await store.db
          .selectFrom('exceptions')
          .select('ref')
          .where('warehouse_id', '=', warehouseId)
          .execute()
      ).map((x) => x.ref),
    );
    for (const s of negative)
      expect(refs.has(s.location), `I4: negative ${key(s)} has an exception`).toBe(true);
  }
}

/** I3 + I5 for a device page: base equals the server's feed, nothing waits, nothing stuck. */
export async function assertDeviceSettled(
  page: Page,
  store: Store,
  warehouseId: string,
): Promise<void> {
  // "Up to date" shows once the outbox is sent; the pull that folds the acknowledged ops into
  // base follows a moment later. Settled is after that pull (or 30 s of waiting, then fail).
  const unsettled = (o: DeviceOp) => o.status === 'pending' || o.status === 'acked';
  let ops = await deviceOps(page);
  for (let i = 0; i < 300 && ops.some(unsettled); i++) {
    await page.waitForTimeout(100);
    ops = await deviceOps(page);
  }
  expect(
    ops.filter((o) => o.status === 'pending'),
    'I5: outbox drained',
  ).toEqual([]);
  expect(
    ops.filter((o) => o.status === 'acked'),
    'I5: every applied op reached base',
  ).toEqual([]);
  const sync = await deviceMeta(page, 'sync');
  const server = await feedState(store, warehouseId);
  expect(sync?.['baseVersion'], 'I3: device at the current version').toBe(
    Number(
      (
        await store.db
          .selectFrom('warehouses')
          .select('version')
          .where('id', '=', warehouseId)
          .executeTakeFirstOrThrow()
      ).version,
    ),
  );
  expect(await deviceBase(page), 'I3: device base = server state').toEqual(server);
}
