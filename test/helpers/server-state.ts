// Reads of server state for assertions, straight from the store.
import type { Store } from '../../server/store/store.ts';

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
