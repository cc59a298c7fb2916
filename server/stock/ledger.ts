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
  // Raw SQL (valid for SQLite and PostgreSQL alike): this runs twice per move on the push hot
  // path, where building the query costs more than running it.
  const { rows } = await sql<{ qty: number }>`
    insert into stock (warehouse_id, location, sku, lot, expiry, qty, version)
    values (${w.warehouseId}, ${m.location}, ${m.sku}, ${m.lot}, ${m.expiry}, ${m.delta}, ${w.version})
    on conflict (warehouse_id, location, sku, lot, expiry)
    do update set qty = stock.qty + excluded.qty, version = excluded.version
    returning qty`.execute(w.trx);
  const qty = Number(rows[0]!.qty);
  await sql`
    insert into movements (id, warehouse_id, version, at, kind, op_id, device_id, user_id, sku, location, lot, expiry, delta, reason, approved_by)
    values (${m.id}, ${w.warehouseId}, ${w.version}, ${m.at}, ${m.kind}, ${m.opId ?? null}, ${m.deviceId ?? null}, ${m.userId ?? null},
            ${m.sku}, ${m.location}, ${m.lot}, ${m.expiry}, ${m.delta}, ${m.reason ?? null}, ${m.approvedBy ?? null})`.execute(
    w.trx,
  );
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
