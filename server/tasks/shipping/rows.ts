// Shipping rows between the server's tables and the change feed: load and save orders, routes,
// cartons and settings (each save emits the synced row), in the caller's transaction.
import { ErrorCode } from '#core/errors.ts';
import {
  shippingSettingsSchema,
  type Carton,
  type ShipOrder,
  type ShipRoute,
  type ShippingSettings,
} from '#core/shipping/entities.ts';
import { unitsOf } from '#core/shipping/packing.ts';
import { emit, type FeedWriter } from '../../sync/feed.ts';
import { OpRejection } from '../../sync/rejection.ts';

/** Settings the server keeps beside the synced ones. */
export interface ServerShipSettings extends ShippingSettings {
  /** Serials per range handed to a device. */
  rangeSize: number;
  /** Cartons a device should be able to close offline (a shift's worth). */
  shiftCartons: number;
  /** Serials the allocator skips after a restore from backup (S2). */
  restoreGap: number;
}

export const DEFAULT_RANGE = { rangeSize: 100, shiftCartons: 200, restoreGap: 1_000_000 };

export const scopeOf = (s: Pick<ShippingSettings, 'extensionDigit' | 'companyPrefix'>): string =>
  `${s.extensionDigit}${s.companyPrefix}`;

type Reader = Pick<FeedWriter, 'trx' | 'warehouseId'>;

export async function loadSettings(w: Reader): Promise<ServerShipSettings | null> {
  const row = await w.trx
    .selectFrom('ship_settings')
    .select('data')
    .where('warehouse_id', '=', w.warehouseId)
    .executeTakeFirst();
  return row ? { ...DEFAULT_RANGE, ...(JSON.parse(row.data) as ServerShipSettings) } : null;
}

export async function saveSettings(w: FeedWriter, s: ServerShipSettings): Promise<void> {
  await w.trx
    .insertInto('ship_settings')
    .values({ warehouse_id: w.warehouseId, data: JSON.stringify(s) })
    .onConflict((oc) => oc.column('warehouse_id').doUpdateSet({ data: JSON.stringify(s) }))
    .execute();
  await emit(w, 'shippingSettings', 'settings', shippingSettingsSchema.parse(s));
}

export async function loadOrder(w: Reader, order: string): Promise<ShipOrder | null> {
  const row = await w.trx
    .selectFrom('ship_orders')
    .select('data')
    .where('warehouse_id', '=', w.warehouseId)
    .where('order_no', '=', order)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as ShipOrder) : null;
}

export async function saveOrder(w: FeedWriter, o: ShipOrder): Promise<void> {
  const cols = { list: o.list, route: o.route, stop: o.stop, data: JSON.stringify(o) };
  await w.trx
    .insertInto('ship_orders')
    .values({ warehouse_id: w.warehouseId, order_no: o.order, ...cols })
    .onConflict((oc) => oc.columns(['warehouse_id', 'order_no']).doUpdateSet(cols))
    .execute();
  await emit(w, 'shipOrder', o.order, o);
}

export async function saveRoute(w: FeedWriter, r: ShipRoute): Promise<void> {
  const cols = { vehicle: r.vehicle, status: r.status, data: JSON.stringify(r) };
  await w.trx
    .insertInto('ship_routes')
    .values({ warehouse_id: w.warehouseId, route: r.route, ...cols })
    .onConflict((oc) => oc.columns(['warehouse_id', 'route']).doUpdateSet(cols))
    .execute();
  await emit(w, 'shipRoute', r.route, r);
}

export async function loadCarton(w: Reader, id: string): Promise<Carton | null> {
  const row = await w.trx
    .selectFrom('cartons')
    .select('data')
    .where('warehouse_id', '=', w.warehouseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? (JSON.parse(row.data) as Carton) : null;
}

export async function requireCarton(w: Reader, id: string): Promise<Carton> {
  const c = await loadCarton(w, id);
  if (!c) throw new OpRejection(ErrorCode.UNKNOWN_DOCUMENT, `No carton ${id}`);
  return c;
}

export async function saveCarton(
  w: FeedWriter,
  c: Carton,
  closedDevice: string | null = null,
): Promise<void> {
  const cols = { order_no: c.order, status: c.status, sscc: c.sscc, data: JSON.stringify(c) };
  await w.trx
    .insertInto('cartons')
    .values({ warehouse_id: w.warehouseId, id: c.id, closed_device: closedDevice, ...cols })
    .onConflict((oc) =>
      oc
        .columns(['warehouse_id', 'id'])
        .doUpdateSet(closedDevice ? { ...cols, closed_device: closedDevice } : cols),
    )
    .execute();
  await emit(w, 'carton', c.id, c);
}

/** Units per item the order's lines on the list have picked (S4). */
export async function pickedUnits(w: Reader, list: string, order: string) {
  const lines = await w.trx
    .selectFrom('pick_lines')
    .select(['sku', 'picked_qty'])
    .where('warehouse_id', '=', w.warehouseId)
    .where('list', '=', list)
    .where('order_no', '=', order)
    .execute();
  return unitsOf(lines.map((l) => ({ sku: l.sku, qty: Number(l.picked_qty) })));
}

/** Units per item already in the order's cartons. */
export async function packedUnits(w: Reader, order: string): Promise<Map<string, number>> {
  const rows = await w.trx
    .selectFrom('packed_units')
    .select(['sku', 'qty'])
    .where('warehouse_id', '=', w.warehouseId)
    .where('order_no', '=', order)
    .execute();
  return new Map(rows.map((r) => [r.sku, Number(r.qty)]));
}

export async function addPacked(w: Reader, order: string, sku: string, qty: number): Promise<void> {
  await w.trx
    .insertInto('packed_units')
    .values({ warehouse_id: w.warehouseId, order_no: order, sku, qty })
    .onConflict((oc) =>
      oc
        .columns(['warehouse_id', 'order_no', 'sku'])
        .doUpdateSet((eb) => ({ qty: eb('packed_units.qty', '+', eb.ref('excluded.qty')) })),
    )
    .execute();
}
