// The invariants every sync and fault test asserts, defined in docs/reliability.md:
// I1 every op the UI acknowledged applied exactly once (its own stock deltas, once) or rejected
// with a reason; I2 per-device seq order without gaps; I3 device base = the server's tables (and
// the feed = the tables); I4 the book recomputed from the applied ops and the opening stock, no
// negative bucket without an exception naming its item and location; I5 the outbox drains.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { Store } from '../../server/store/store.ts';
import { stockKey } from '../../src/core/entities.ts';
import { findOp } from '../../src/core/ops/registry.ts';
import type { StockDelta } from '../../src/core/ops/effects.ts';
import type { AckedOp } from './acks.ts';
import { deviceBase, deviceMeta, deviceOps, type DeviceOp } from './device-db.ts';
import { feedState, tableState } from './server-state.ts';

/** Movements that are not an op's own stock deltas: opening stock and count adjustments. */
const ADJUSTMENT_KINDS = ['opening', 'count', 'count-reversal'] as const;

/** An op I1 must find: by id (a client that knows its ops, a SimDevice) or as the UI said it. */
export type Acknowledged = Pick<DeviceOp, 'seq' | 'opId'> | AckedOp;

const bucket = (d: Pick<StockDelta, 'location' | 'sku' | 'lot' | 'expiry'>) =>
  stockKey(d.location, d.sku, d.lot, d.expiry);

/** An op's stock deltas by the shared rule (src/core/ops), as sorted "bucket delta" strings. */
export function opDeltas(type: string, v: number, payload: unknown): string[] {
  const found = findOp(type, v);
  if (!found.ok) throw new Error(`I1: no definition for ${type}@${v}`);
  const parsed = found.def.payload.parse(payload);
  return found.def
    .stockDeltas(parsed)
    .map((d) => `${bucket(d)} ${d.delta}`)
    .sort();
}

const matches = (payload: Record<string, unknown>, want: Record<string, unknown>) =>
  Object.entries(want).every(([k, v]) => JSON.stringify(payload[k]) === JSON.stringify(v));

/** I1 + I2 for one device: each acknowledged op on the server once, with exactly its effect. */
export async function assertOpsAppliedOnce(
  store: Store,
  deviceId: string,
  acknowledged: readonly Acknowledged[],
): Promise<void> {
  const logged = await store.db
    .selectFrom('op_log')
    .select(['seq', 'op_id', 'type', 'v', 'payload', 'status', 'code', 'version'])
    .where('device_id', '=', deviceId)
    .orderBy('seq')
    .execute();
  expect(
    logged.map((r) => Number(r.seq)),
    'I2: seqs 1..n without gaps',
  ).toEqual(logged.map((_, i) => i + 1));
  const byOpId = new Map(logged.map((r) => [r.op_id, r]));
  const used = new Set<string>();
  for (const ack of acknowledged) {
    if ('opId' in ack) {
      const row = byOpId.get(ack.opId);
      expect(row, `I1: op seq ${ack.seq} (${ack.opId}) reached the server`).toBeDefined();
      expect(Number(row!.seq)).toBe(ack.seq);
      used.add(ack.opId);
      continue;
    }
    const row = logged.find(
      (r) =>
        !used.has(r.op_id) &&
        r.type === ack.type &&
        matches(JSON.parse(r.payload) as Record<string, unknown>, ack.match),
    );
    expect(
      row,
      `I1: the UI said "${ack.said}"; the server has no such op from this device`,
    ).toBeDefined();
    used.add(row!.op_id);
  }
  const movements = await store.db
    .selectFrom('movements')
    .select(['op_id', 'kind', 'location', 'sku', 'lot', 'expiry', 'delta'])
    .where('op_id', 'in', (eb) =>
      eb.selectFrom('op_log').select('op_id').where('device_id', '=', deviceId),
    )
    .execute();
  const own = new Map<string, string[]>();
  for (const m of movements) {
    if ((ADJUSTMENT_KINDS as readonly string[]).includes(m.kind)) continue;
    const list = own.get(m.op_id!) ?? [];
    list.push(`${bucket(m)} ${Number(m.delta)}`);
    own.set(m.op_id!, list);
  }
  for (const r of logged) {
    const got = (own.get(r.op_id) ?? []).sort();
    if (r.status === 'rejected') {
      expect(r.code, `I1: rejected op seq ${r.seq} has a reason`).toBeTruthy();
      expect(got, `I1: rejected op seq ${r.seq} moved no stock`).toEqual([]);
    } else
      expect(got, `I1: op seq ${r.seq} (${r.type}) applied its own deltas, once`).toEqual(
        opDeltas(r.type, Number(r.v), JSON.parse(r.payload)),
      );
  }
  const versions = logged.filter((r) => r.status === 'applied').map((r) => Number(r.version));
  expect(versions, 'I2: applied in seq order').toEqual([...versions].sort((a, b) => a - b));
}

const add = (m: Map<string, number>, k: string, d: number) => m.set(k, (m.get(k) ?? 0) + d);

/**
 * I4: the book recomputed without the ledger's help: opening stock + every applied op's own
 * deltas + approved count adjustments, per item, location, lot and expiry, compared with the
 * stock table and with the ledger in both directions; a negative bucket needs an exception
 * naming that item at that location.
 */
export async function assertStockArithmetic(store: Store, warehouseId: string): Promise<void> {
  const expected = new Map<string, number>();
  const applied = await store.db
    .selectFrom('op_log')
    .select(['type', 'v', 'payload'])
    .where('warehouse_id', '=', warehouseId)
    .where('status', '=', 'applied')
    .execute();
  for (const op of applied) {
    const found = findOp(op.type, Number(op.v));
    if (!found.ok) throw new Error(`I4: no definition for ${op.type}@${op.v}`);
    for (const d of found.def.stockDeltas(found.def.payload.parse(JSON.parse(op.payload))))
      add(expected, bucket(d), d.delta);
  }
  const adjustments = await store.db
    .selectFrom('movements')
    .select(['id', 'kind', 'location', 'sku', 'lot', 'expiry', 'delta'])
    .where('warehouse_id', '=', warehouseId)
    .where('kind', 'in', [...ADJUSTMENT_KINDS])
    .execute();
  const variances = new Set(
    (
      await store.db
        .selectFrom('count_variances')
        .select('id')
        .where('warehouse_id', '=', warehouseId)
        .execute()
    ).map((v) => v.id),
  );
  // A supervisor's console action posts movements named `<exception>/<action>/<i>`, kind
  // `console.<action>`: approved adjustments, each only if that exception was resolved so.
  const consoleMoves = await store.db
    .selectFrom('movements')
    .select(['id', 'kind', 'location', 'sku', 'lot', 'expiry', 'delta'])
    .where('warehouse_id', '=', warehouseId)
    .where('kind', 'like', 'console.%')
    .execute();
  const resolutions = new Map(
    (
      await store.db
        .selectFrom('exceptions')
        .select(['id', 'resolution'])
        .where('warehouse_id', '=', warehouseId)
        .where('status', '=', 'resolved')
        .execute()
    ).map((x) => [x.id, x.resolution]),
  );
  for (const m of consoleMoves) {
    const [exception, action] = m.id.split('/');
    expect(
      `console.${resolutions.get(exception ?? '') ?? '(unresolved)'}`,
      `I4: console movement ${m.id} has its resolved exception`,
    ).toBe(m.kind === `console.${action}` ? m.kind : `(kind ${m.kind} vs id ${m.id})`);
    add(expected, bucket(m), Number(m.delta));
  }
  for (const m of adjustments) {
    if (m.kind !== 'opening') {
      const variance = /^[\w-]+:(.+)\/\d+$/.exec(m.id)?.[1];
      expect(variances.has(variance ?? ''), `I4: count movement ${m.id} has its variance`).toBe(
        true,
      );
    }
    add(expected, bucket(m), Number(m.delta));
  }
  const book = new Map<string, number>();
  for (const s of await store.db
    .selectFrom('stock')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .execute())
    book.set(bucket(s), Number(s.qty));
  const ledger = new Map<string, number>();
  for (const s of await store.db
    .selectFrom('movements')
    .select(['location', 'sku', 'lot', 'expiry', (eb) => eb.fn.sum<number>('delta').as('total')])
    .where('warehouse_id', '=', warehouseId)
    .groupBy(['location', 'sku', 'lot', 'expiry'])
    .execute())
    ledger.set(bucket(s), Number(s.total));
  const keys = new Set([...expected.keys(), ...book.keys(), ...ledger.keys()]);
  const wrong: string[] = [];
  for (const k of [...keys].sort()) {
    const want = expected.get(k) ?? 0;
    const has = book.get(k) ?? 0;
    const led = ledger.get(k) ?? 0;
    if (has !== want || led !== want)
      wrong.push(`${k}: book ${book.has(k) ? has : '(no row)'}, ledger ${led}, ops ${want}`);
  }
  expect(
    wrong,
    `I4: book = ledger = opening + applied ops ± approved counts:\n${wrong.join('\n')}`,
  ).toEqual([]);
  const negative = [...book].filter(([, q]) => q < 0).map(([k]) => k);
  if (!negative.length) return;
  const named = new Set<string>();
  for (const x of await store.db
    .selectFrom('exceptions')
    .select(['ref', 'said'])
    .where('warehouse_id', '=', warehouseId)
    .execute()) {
    const said = JSON.parse(x.said) as { sku?: unknown };
    if (x.ref && typeof said.sku === 'string') named.add(`${x.ref}|${said.sku}`);
  }
  const silent = negative.filter((k) => {
    const [location, sku] = k.split('|');
    return !named.has(`${location}|${sku}`);
  });
  expect(
    silent,
    `I4: a negative bucket has an exception for its item and location: ${silent.join(', ')}`,
  ).toEqual([]);
}

/** I3 for any device's rows (entity → key → row): each table-backed entity = the server's table. */
export function assertRowsMatchTables(
  rows: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
  tables: ReadonlyMap<string, ReadonlyMap<string, unknown>>,
  who: string,
): void {
  for (const [entity, want] of tables)
    expect(rows.get(entity) ?? new Map(), `I3: ${who} ${entity} = the server's table`).toEqual(
      want,
    );
}

/** I3 on the server: the change feed says what the tables hold, row for row. */
export async function assertFeedMatchesTables(store: Store, warehouseId: string): Promise<void> {
  const feed = await feedState(store, warehouseId);
  for (const [entity, rows] of await tableState(store, warehouseId))
    expect(feed.get(entity) ?? new Map(), `I3: the feed's ${entity} rows = the table`).toEqual(
      rows,
    );
}

/** I3 + I5 for a device page: base = the server's tables and feed, nothing waits or sticks. */
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
  const base = await deviceBase(page);
  expect(base, 'I3: device base = server feed').toEqual(await feedState(store, warehouseId));
  assertRowsMatchTables(base, await tableState(store, warehouseId), 'device');
}
