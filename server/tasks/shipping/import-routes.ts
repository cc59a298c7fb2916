// Routes import: a delivery route (vehicle, date) and its stops in delivery order, each stop one
// or more orders. CSV, one row per order: route, vehicle, date, stop, order; or JSON routes with
// nested stops. Checked: routes new, one vehicle and date per route, known orders, an order on
// one stop of one route only. All or nothing, every bad line named.
import { z } from 'zod';
import { codeSchema, isoDateSchema } from '#core/fields.ts';
import type { ShipOrder, ShipRoute } from '#core/shipping/entities.ts';
import type { Trx } from '../../store/store.ts';
import { blankToNull, csvInt, type SourceRecord } from '../../import/parse-file.ts';
import { RowErrors } from '../../import/row-errors.ts';
import { loadOrder, saveOrder, saveRoute } from './rows.ts';

const rowSchema = z.object({
  route: codeSchema,
  vehicle: codeSchema,
  date: isoDateSchema,
  stop: z.number().int().min(1).max(999),
  order: codeSchema,
});
type Row = z.infer<typeof rowSchema>;

const get = (f: Record<string, unknown>, ...names: string[]): unknown => {
  for (const n of names) if (f[n] !== undefined) return blankToNull(f[n]);
  return null;
};

/** One record: a flat row, or a JSON route with stops [{ stop, orders }]. */
function rowsOf(f: Record<string, unknown>): Record<string, unknown>[] {
  const head = { route: get(f, 'route'), vehicle: get(f, 'vehicle'), date: get(f, 'date') };
  const stops = f['stops'];
  if (!Array.isArray(stops))
    return [{ ...head, stop: csvInt(get(f, 'stop')), order: get(f, 'order') }];
  return stops.flatMap((s: unknown) => {
    const st = (typeof s === 'object' && s !== null ? s : {}) as Record<string, unknown>;
    const orders = Array.isArray(st['orders']) ? (st['orders'] as unknown[]) : [null];
    return orders.map((order) => ({ ...head, stop: st['stop'], order }));
  });
}

export interface NewRoute {
  route: ShipRoute;
  orders: ShipOrder[];
}

export async function validateRoutes(
  trx: Trx,
  warehouseId: string,
  records: SourceRecord[],
): Promise<NewRoute[]> {
  const errors = new RowErrors();
  if (!records.length) errors.add(0, 'the file has no routes');
  const routes = new Map<string, { head: Row; at: number; rows: Row[] }>();
  const orderAt = new Map<string, number>();
  for (const rec of records)
    for (const fields of rowsOf(rec.fields)) {
      const r = rowSchema.safeParse(fields);
      if (!r.success) {
        errors.addZod(rec.line, r.error);
        continue;
      }
      const row = r.data;
      const route = routes.get(row.route) ?? { head: row, at: rec.line, rows: [] };
      routes.set(row.route, route);
      if (route.head.vehicle !== row.vehicle || route.head.date !== row.date)
        errors.add(
          rec.line,
          `Route ${row.route} has another vehicle or date on line ${route.at}`,
          'vehicle',
        );
      const first = orderAt.get(row.order);
      if (first)
        errors.add(rec.line, `Order ${row.order} is already on a stop on line ${first}`, 'order');
      orderAt.set(row.order, rec.line);
      route.rows.push(row);
      const o = await loadOrder({ trx, warehouseId }, row.order);
      if (!o) errors.add(rec.line, `No order ${row.order} (import its ship-to first)`, 'order');
      else if (o.route && o.route !== row.route)
        errors.add(rec.line, `Order ${row.order} is on route ${o.route}`, 'order');
    }
  const existing = routes.size
    ? await trx
        .selectFrom('ship_routes')
        .select('route')
        .where('warehouse_id', '=', warehouseId)
        .where('route', 'in', [...routes.keys()])
        .execute()
    : [];
  for (const e of existing)
    errors.add(routes.get(e.route)!.at, `Route ${e.route} already exists`, 'route');
  errors.throwIfAny('routes');
  const out: NewRoute[] = [];
  for (const { head, rows } of routes.values()) {
    const stops = [...new Set(rows.map((r) => r.stop))].sort((a, b) => a - b);
    const orders: ShipOrder[] = [];
    for (const r of rows)
      orders.push({
        ...(await loadOrder({ trx, warehouseId }, r.order))!,
        route: r.route,
        stop: r.stop,
      });
    out.push({
      route: {
        route: head.route,
        vehicle: head.vehicle,
        date: head.date,
        stops: stops.map((stop) => ({
          stop,
          orders: rows.filter((r) => r.stop === stop).map((r) => r.order),
        })),
        status: 'planned',
      },
      orders,
    });
  }
  return out;
}

export async function writeRoutes(
  trx: Trx,
  warehouseId: string,
  version: number,
  routes: readonly NewRoute[],
): Promise<void> {
  const w = { trx, warehouseId, version };
  for (const r of routes) {
    await saveRoute(w, r.route);
    for (const o of r.orders) await saveOrder(w, o);
  }
}
