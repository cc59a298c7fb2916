// Test helpers for picking: import a pick list through the admin API, build pick ops for a
// SimDevice, and read list, line, flag and exception state back from the store.
import type { OpEnvelope } from '../../src/core/ops/envelope.ts';
import type { HttpClient } from './http-client.ts';
import type { SimDevice } from './sim-device.ts';
import type { Store } from '../../server/store/store.ts';

export interface PickListSpec {
  number: string;
  kind?: 'single' | 'batch';
  assignedTo?: string;
  lines: { order?: string; tote?: string; sku: string; qty: number; location: string }[];
}

export async function importPickList(admin: HttpClient, spec: PickListSpec, wh = 'WH1') {
  const res = await admin.post(`/api/admin/warehouses/${wh}/pick-lists`, [
    {
      number: spec.number,
      kind: spec.kind,
      assignedTo: spec.assignedTo,
      lines: spec.lines.map((l) => ({ order: 'SO-1', ...l })),
    },
  ]);
  if (res.status !== 200) throw new Error(`import ${spec.number}: ${JSON.stringify(res.body)}`);
}

export interface PickSpec {
  list: string;
  line: number;
  sku: string;
  location: string;
  qty: number;
  lot?: string;
  expiry?: string;
  tote?: string | null;
}

export const pickOp = (dev: SimDevice, p: PickSpec): OpEnvelope =>
  dev.op('pick.line', { lot: '', expiry: '', tote: null, ...p });

export const shortOp = (
  dev: SimDevice,
  p: { list: string; line: number; sku: string; location: string; reason: string },
): OpEnvelope => dev.op('pick.short', p);

export async function pickLineOf(store: Store, list: string, line: number, wh = 'WH1') {
  const row = await store.db
    .selectFrom('pick_lines')
    .selectAll()
    .where('warehouse_id', '=', wh)
    .where('list', '=', list)
    .where('line', '=', line)
    .executeTakeFirstOrThrow();
  return {
    picked: Number(row.picked_qty),
    status: row.status,
    shortReason: row.short_reason,
  };
}

export async function pickListOf(store: Store, list: string, wh = 'WH1') {
  return store.db
    .selectFrom('pick_lists')
    .selectAll()
    .where('warehouse_id', '=', wh)
    .where('number', '=', list)
    .executeTakeFirstOrThrow();
}

export async function exceptionsOfKind(store: Store, kind: string, ref?: string, wh = 'WH1') {
  let q = store.db
    .selectFrom('exceptions')
    .select(['kind', 'message', 'op_id', 'device_id', 'said', 'believed', 'ref'])
    .where('warehouse_id', '=', wh)
    .where('kind', '=', kind);
  if (ref !== undefined) q = q.where('ref', '=', ref);
  return (await q.orderBy('at').execute()).map((x) => ({
    ...x,
    said: JSON.parse(x.said) as Record<string, unknown>,
    believed: JSON.parse(x.believed) as Record<string, unknown>,
  }));
}

export async function openFlags(store: Store, location: string, wh = 'WH1') {
  return store.db
    .selectFrom('location_flags')
    .select(['reason', 'ref'])
    .where('warehouse_id', '=', wh)
    .where('location', '=', location)
    .where('cleared_at', 'is', null)
    .execute();
}

/** The item's home location: its pick face in the demo data, where opening stock sits. */
export async function homeOf(store: Store, sku: string, wh = 'WH1'): Promise<string> {
  const row = await store.db
    .selectFrom('items')
    .select('home_location')
    .where('warehouse_id', '=', wh)
    .where('sku', '=', sku)
    .executeTakeFirstOrThrow();
  return row.home_location!;
}

/** A pick face holding at least `minQty` of one lot of a lot-tracked item (from the demo data). */
export async function lotTrackedFace(store: Store, minQty: number, wh = 'WH1') {
  return store.db
    .selectFrom('stock')
    .innerJoin('items', (j) =>
      j.onRef('items.sku', '=', 'stock.sku').onRef('items.warehouse_id', '=', 'stock.warehouse_id'),
    )
    .select(['stock.location', 'stock.sku', 'stock.lot', 'stock.expiry'])
    .where('stock.warehouse_id', '=', wh)
    .where('stock.lot', '!=', '')
    .where('stock.qty', '>=', minQty)
    .where('items.lot_tracked', '=', 1)
    .orderBy('stock.location')
    .executeTakeFirstOrThrow();
}
