// Reads of server state for assertions, straight from the store.
import type { Store } from '../../server/store/store.ts';
import { exceptionRow, itemRow, locationRow, stockRow } from '../../server/sync/rows.ts';
import { pickLineRow, pickListRow } from '../../server/tasks/picking/rows.ts';
import {
  receiptDeliveryRow,
  receiptLineRow,
  receiptRow,
} from '../../server/tasks/receiving/rows.ts';
import { countTaskLocationRow, countTaskRow } from '../../server/tasks/counting/rows.ts';

export async function stockOf(
  store: Store,
  warehouseId: string,
  location: string,
  sku: string,
  lot = '',
  expiry = '',
): Promise<number> {
  const row = await store.db
    .selectFrom('stock')
    .select('qty')
    .where('warehouse_id', '=', warehouseId)
    .where('location', '=', location)
    .where('sku', '=', sku)
    .where('lot', '=', lot)
    .where('expiry', '=', expiry)
    .executeTakeFirst();
  return row ? Number(row.qty) : 0;
}

export async function userId(store: Store, username: string): Promise<string> {
  const row = await store.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every live synced row of a warehouse, as a device should hold it after syncing. */
export async function feedState(
  store: Store,
  warehouseId: string,
): Promise<Map<string, Map<string, unknown>>> {
  const rows = await store.db
    .selectFrom('sync_rows')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('deleted', '=', 0)
    .execute();
  const out = new Map<string, Map<string, unknown>>();
  for (const r of rows) {
    let t = out.get(r.entity);
    if (!t) out.set(r.entity, (t = new Map<string, unknown>()));
    t.set(r.key, JSON.parse(r.data!));
  }
  return out;
}

/**
 * What the feed should say, built from the server's domain tables (stock, pick_lines,
 * receipt_lines, …) with the row shapes devices hold: I3 compares devices and the feed with
 * this, so a handler that changes a table but emits nothing (or a stale row) is caught.
 */
export async function tableState(
  store: Store,
  wh: string,
): Promise<Map<string, Map<string, unknown>>> {
  const db = store.db;
  const of = <T>(rows: T[], key: (r: T) => string) => new Map(rows.map((r) => [key(r), r]));
  const barcodes = await db
    .selectFrom('item_barcodes')
    .selectAll()
    .where('warehouse_id', '=', wh)
    .execute();
  const items = (
    await db.selectFrom('items').selectAll().where('warehouse_id', '=', wh).execute()
  ).map((i) =>
    itemRow(
      i,
      barcodes.filter((b) => b.sku === i.sku),
    ),
  );
  const out = new Map<string, Map<string, unknown>>();
  out.set(
    'item',
    of(items, (r) => r.sku),
  );
  out.set(
    'location',
    of(
      (await db.selectFrom('locations').selectAll().where('warehouse_id', '=', wh).execute()).map(
        (r) => locationRow(r),
      ),
      (r) => r.code,
    ),
  );
  out.set(
    'stock',
    of(
      (await db.selectFrom('stock').selectAll().where('warehouse_id', '=', wh).execute()).map((r) =>
        stockRow(r),
      ),
      (r) => r.key,
    ),
  );
  out.set(
    'exception',
    of(
      (await db.selectFrom('exceptions').selectAll().where('warehouse_id', '=', wh).execute()).map(
        (r) => exceptionRow(r),
      ),
      (r) => r.id,
    ),
  );
  out.set(
    'pickList',
    of(
      (await db.selectFrom('pick_lists').selectAll().where('warehouse_id', '=', wh).execute()).map(
        (r) => pickListRow(r),
      ),
      (r) => r.number,
    ),
  );
  out.set(
    'pickLine',
    of(
      (await db.selectFrom('pick_lines').selectAll().where('warehouse_id', '=', wh).execute()).map(
        (r) => pickLineRow(r),
      ),
      (r) => r.key,
    ),
  );
  out.set(
    'receipt',
    of(
      (await db.selectFrom('receipts').selectAll().where('warehouse_id', '=', wh).execute()).map(
        (r) => receiptRow(r),
      ),
      (r) => r.number,
    ),
  );
  out.set(
    'receiptLine',
    of(
      (
        await db.selectFrom('receipt_lines').selectAll().where('warehouse_id', '=', wh).execute()
      ).map((r) => receiptLineRow(r)),
      (r) => r.key,
    ),
  );
  out.set(
    'receiptDelivery',
    of(
      (
        await db
          .selectFrom('receipt_deliveries')
          .selectAll()
          .where('warehouse_id', '=', wh)
          .execute()
      ).map((r) => receiptDeliveryRow(r)),
      (r) => r.id,
    ),
  );
  out.set(
    'countTask',
    of(
      (await db.selectFrom('count_tasks').selectAll().where('warehouse_id', '=', wh).execute()).map(
        (r) => countTaskRow(r),
      ),
      (r) => r.id,
    ),
  );
  out.set(
    'countTaskLocation',
    of(
      (
        await db
          .selectFrom('count_task_locations')
          .selectAll()
          .where('warehouse_id', '=', wh)
          .execute()
      ).map((r) => countTaskLocationRow(r)),
      (r) => r.key,
    ),
  );
  for (const [k, v] of out) if (!v.size) out.delete(k);
  return out;
}
