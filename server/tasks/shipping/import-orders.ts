// Orders import: each order of a pick list gets its ship-to (name, address, phone) and requested
// date. CSV (name, address1..3, phone, requested_date) or JSON with a nested shipTo. All or
// nothing: every bad line is named, nothing is written while one is wrong.
import { shipOrderSchema, type ShipOrder } from '#core/shipping/entities.ts';
import type { Trx } from '../../store/store.ts';
import { blankToNull, type SourceRecord } from '../../import/parse-file.ts';
import { RowErrors } from '../../import/row-errors.ts';
import { loadOrder, saveOrder } from './rows.ts';

const get = (f: Record<string, unknown>, ...names: string[]): unknown => {
  for (const n of names) if (f[n] !== undefined) return blankToNull(f[n]);
  return null;
};

function orderOf(f: Record<string, unknown>): Record<string, unknown> {
  const nested = f['shipTo'];
  const shipTo =
    typeof nested === 'object' && nested !== null
      ? nested
      : {
          name: get(f, 'name', 'ship_to', 'ship_to_name'),
          address: ['address1', 'address2', 'address3']
            .map((k) => get(f, k))
            .filter((v) => v !== null),
          phone: get(f, 'phone') ?? '',
        };
  return {
    order: get(f, 'order', 'order_no'),
    list: get(f, 'list', 'pick_list'),
    shipTo,
    requestedDate: get(f, 'requestedDate', 'requested_date'),
    route: null,
    stop: null,
  };
}

export async function validateOrders(
  trx: Trx,
  warehouseId: string,
  records: SourceRecord[],
): Promise<ShipOrder[]> {
  const errors = new RowErrors();
  if (!records.length) errors.add(0, 'the file has no orders');
  const seen = new Map<string, number>();
  const out: ShipOrder[] = [];
  const lists = new Map(
    (
      await trx
        .selectFrom('pick_lists')
        .select(['number', 'orders'])
        .where('warehouse_id', '=', warehouseId)
        .execute()
    ).map((l) => [l.number, (JSON.parse(l.orders) as { order: string }[]).map((o) => o.order)]),
  );
  for (const rec of records) {
    const r = shipOrderSchema.safeParse(orderOf(rec.fields));
    if (!r.success) {
      errors.addZod(rec.line, r.error);
      continue;
    }
    const o = r.data;
    const first = seen.get(o.order);
    if (first)
      errors.add(rec.line, `Order ${o.order} appears again (first on line ${first})`, 'order');
    seen.set(o.order, rec.line);
    const orders = lists.get(o.list);
    if (!orders) errors.add(rec.line, `No pick list ${o.list}`, 'list');
    else if (!orders.includes(o.order))
      errors.add(rec.line, `Order ${o.order} is not on pick list ${o.list}`, 'order');
    // A re-import keeps the route stop the order already has.
    const had = await loadOrder({ trx, warehouseId }, o.order);
    out.push(had ? { ...o, route: had.route, stop: had.stop } : o);
  }
  errors.throwIfAny('orders');
  return out;
}

export async function writeOrders(
  trx: Trx,
  warehouseId: string,
  version: number,
  orders: readonly ShipOrder[],
): Promise<void> {
  for (const o of orders) await saveOrder({ trx, warehouseId, version }, o);
}
