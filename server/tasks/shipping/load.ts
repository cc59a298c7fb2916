// Server side of load.carton: a closed carton went onto the route's vehicle (S7–S9). The loader's
// device blocks a carton of another route and asks before one out of loading order; both are
// physical facts once they arrive, so they are applied and raised: the wrong truck as
// `load.wrong_vehicle`, the confirmed out-of-order carton as `load.out_of_order`.
import { ErrorCode } from '#core/errors.ts';
import type { LoadCartonPayload } from '#core/ops/shipping.ts';
import type { RaisedException } from '#core/protocol.ts';
import { judgeLoad, type LoadCarton } from '#core/shipping/loading.ts';
import type { Carton, ShipRoute } from '#core/shipping/entities.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';
import { loadOrder, saveCarton, saveRoute } from './rows.ts';
import { raiseShipping } from './raise.ts';

async function requireRoute(ctx: OpContext, route: string): Promise<ShipRoute> {
  const row = await ctx.trx
    .selectFrom('ship_routes')
    .select('data')
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('route', '=', route)
    .executeTakeFirst();
  if (!row) throw new OpRejection(ErrorCode.UNKNOWN_DOCUMENT, `No route ${route}`);
  return JSON.parse(row.data) as ShipRoute;
}

/** The route's closed cartons with their stops, and those already loaded onto it. */
async function cartonsOfRoute(ctx: OpContext, route: string) {
  const orders = await ctx.trx
    .selectFrom('ship_orders')
    .select(['order_no', 'stop'])
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('route', '=', route)
    .execute();
  const stop = new Map(orders.map((o) => [o.order_no, o.stop === null ? null : Number(o.stop)]));
  const rows = stop.size
    ? await ctx.trx
        .selectFrom('cartons')
        .select('data')
        .where('warehouse_id', '=', ctx.warehouseId)
        .where('order_no', 'in', [...stop.keys()])
        .where('status', '=', 'closed')
        .execute()
    : [];
  const cartons = rows.map((r) => JSON.parse(r.data) as Carton);
  return {
    all: cartons.map((c): LoadCarton => ({
      sscc: c.sscc!,
      route,
      stop: stop.get(c.order) ?? null,
    })),
    loaded: new Set(cartons.filter((c) => c.loadedRoute === route).map((c) => c.sscc!)),
  };
}

export const applyLoadCarton: OpHandler<LoadCartonPayload> = async (ctx, p) => {
  const route = await requireRoute(ctx, p.route);
  const row = await ctx.trx
    .selectFrom('cartons')
    .select('data')
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('sscc', '=', p.sscc)
    .executeTakeFirst();
  if (!row) throw new OpRejection(ErrorCode.UNKNOWN_DOCUMENT, `No carton with SSCC ${p.sscc}`);
  const carton = JSON.parse(row.data) as Carton;
  if (carton.loadedRoute === p.route) return [];
  const order = await loadOrder(ctx, carton.order);
  const { all, loaded } = await cartonsOfRoute(ctx, p.route);
  const mine = { sscc: p.sscc, route: order?.route ?? null, stop: order?.stop ?? null };
  const verdict = judgeLoad(p.route, mine, loaded, all);
  const said = { route: p.route, vehicle: route.vehicle, sscc: p.sscc, order: carton.order };
  const out: RaisedException[] = [];
  if (!verdict.ok && verdict.why === 'wrong_vehicle')
    out.push(
      await raiseShipping(
        ctx,
        'load.wrong_vehicle',
        p.sscc,
        `Carton ${p.sscc} for route ${verdict.route ?? 'none'} was loaded onto ${route.vehicle}`,
        said,
        { route: verdict.route },
      ),
    );
  if (!verdict.ok && verdict.why === 'out_of_order')
    out.push(
      await raiseShipping(
        ctx,
        'load.out_of_order',
        p.sscc,
        `Carton ${p.sscc} (stop ${mine.stop}) was loaded before stops ${verdict.waiting.join(', ')}`,
        { ...said, stop: mine.stop, confirmed: p.confirmed },
        { waiting: verdict.waiting },
      ),
    );
  await saveCarton(ctx, { ...carton, loadedRoute: p.route, loadedAt: ctx.now });
  if (route.status === 'planned') await saveRoute(ctx, { ...route, status: 'loading' });
  return out;
};
