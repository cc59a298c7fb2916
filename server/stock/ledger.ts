// Stock changes only through movements: each delta adds a ledger row, updates the running
// quantity of its bucket and emits the bucket to the change feed, in the caller's transaction.
import { sql } from 'kysely';
import { emit, type FeedWriter } from '../sync/feed.ts';
import { stockRow } from '../sync/rows.ts';
import { stockKey } from '#core/entities.ts';

export interface Movement {
  kind: string;
  sku: string;
  location: string;
  lot: string;
  expiry: string;
  delta: number;
  /** Unique per movement: the op id plus an index, or an import id. */
  id: string;
  opId?: string | null;
  deviceId?: string | null;
  userId?: string | null;
  reason?: string | null;
  approvedBy?: string | null;
  at: number;
}

/** Applies one movement and returns the bucket's new quantity. */
export async function postMovement(w: FeedWriter, m: Movement): Promise<number> {
  const row = await w.trx
    .insertInto('stock')
    .values({
      warehouse_id: w.warehouseId,
      location: m.location,
      sku: m.sku,
      lot: m.lot,
      expiry: m.expiry,
      qty: m.delta,
      version: w.version,
    })
    .onConflict((oc) =>
      oc.columns(['warehouse_id', 'location', 'sku', 'lot', 'expiry']).doUpdateSet({
        qty: sql`stock.qty + excluded.qty`,
        version: sql`excluded.version`,
      }),
    )
    .returning('qty')
    .executeTakeFirstOrThrow();
  const qty = Number(row.qty);
  await w.trx
    .insertInto('movements')
    .values({
      id: m.id,
      warehouse_id: w.warehouseId,
      version: w.version,
      at: m.at,
      kind: m.kind,
      op_id: m.opId ?? null,
      device_id: m.deviceId ?? null,
      user_id: m.userId ?? null,
      sku: m.sku,
      location: m.location,
      lot: m.lot,
      expiry: m.expiry,
      delta: m.delta,
      reason: m.reason ?? null,
      approved_by: m.approvedBy ?? null,
    })
    .execute();
  await emit(w, 'stock', stockKey(m.location, m.sku, m.lot, m.expiry), stockRow({ ...m, qty }));
  return qty;
}

/** Book quantity of one bucket (0 when it never held stock). */
export async function bookQty(
  w: Pick<FeedWriter, 'trx' | 'warehouseId'>,
  b: { location: string; sku: string; lot: string; expiry: string },
): Promise<number> {
  const row = await w.trx
    .selectFrom('stock')
    .select('qty')
    .where('warehouse_id', '=', w.warehouseId)
    .where('location', '=', b.location)
    .where('sku', '=', b.sku)
    .where('lot', '=', b.lot)
    .where('expiry', '=', b.expiry)
    .executeTakeFirst();
  return row ? Number(row.qty) : 0;
}
