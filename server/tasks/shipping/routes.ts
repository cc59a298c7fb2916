// Shipping over HTTP: the orders (ship-to) and routes imports for the back office, all or
// nothing with every bad line named, and the supervisor's read of shipments: each order with its
// route stop, cartons, SSCCs and the shipping exceptions raised on them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Role } from '#core/roles.ts';
import type { Carton, ShipOrder, ShipRoute } from '#core/shipping/entities.ts';
import { authenticate } from '../../auth/session.ts';
import { requireRole, requireWarehouse } from '../../auth/guard.ts';
import type { Deps } from '../../deps.ts';
import { recordsFrom } from '../../import/parse-file.ts';
import { exceptionRow } from '../../sync/rows.ts';
import type { Store, Trx } from '../../store/store.ts';
import { validateOrders, writeOrders } from './import-orders.ts';
import { validateRoutes, writeRoutes } from './import-routes.ts';

const IMPORT_LIMIT = 20 * 1024 * 1024;
const office = [Role.admin, Role.supervisor];

type WhReq = FastifyRequest<{ Params: { warehouseId: string } }>;

async function officeUser(store: Store, req: WhReq) {
  const session = await authenticate(store, req);
  requireRole(session.user, office);
  requireWarehouse(session.user, req.params.warehouseId);
}

function importRoute<T>(
  app: FastifyInstance,
  store: Store,
  path: string,
  validate: (trx: Trx, wh: string, records: ReturnType<typeof recordsFrom>) => Promise<T[]>,
  write: (trx: Trx, wh: string, version: number, rows: T[]) => Promise<void>,
): void {
  app.post(path, { bodyLimit: IMPORT_LIMIT }, async (req: WhReq) => {
    await officeUser(store, req);
    const { warehouseId } = req.params;
    const records = recordsFrom(req.body, req.headers['content-type']);
    const result = await store.write(async (trx) => {
      const version = await store.nextVersion(trx, warehouseId);
      const rows = await validate(trx, warehouseId, records);
      await write(trx, warehouseId, version, rows);
      return { imported: rows.length, version };
    });
    await store.notify(warehouseId, result.version);
    return result;
  });
}

export function shippingRoutes(app: FastifyInstance, { store }: Deps): void {
  importRoute(
    app,
    store,
    '/api/admin/warehouses/:warehouseId/ship-orders',
    validateOrders,
    writeOrders,
  );
  importRoute(app, store, '/api/admin/warehouses/:warehouseId/routes', validateRoutes, writeRoutes);

  app.get('/api/supervisor/warehouses/:warehouseId/shipments', async (req: WhReq) => {
    await officeUser(store, req);
    const { warehouseId } = req.params;
    return store.read(async (trx) => {
      const json = <T>(rows: { data: string }[]) => rows.map((r) => JSON.parse(r.data) as T);
      const orders = json<ShipOrder>(
        await trx
          .selectFrom('ship_orders')
          .select('data')
          .where('warehouse_id', '=', warehouseId)
          .orderBy('order_no')
          .execute(),
      );
      const routes = json<ShipRoute>(
        await trx
          .selectFrom('ship_routes')
          .select('data')
          .where('warehouse_id', '=', warehouseId)
          .orderBy('route')
          .execute(),
      );
      const cartons = json<Carton>(
        await trx
          .selectFrom('cartons')
          .select('data')
          .where('warehouse_id', '=', warehouseId)
          .execute(),
      );
      const exceptions = await trx
        .selectFrom('exceptions')
        .selectAll()
        .where('warehouse_id', '=', warehouseId)
        .where('kind', 'in', [
          'pack.wrong_item',
          'pack.over',
          'pack.weight',
          'sscc.duplicate',
          'sscc.foreign_range',
        ])
        .orderBy('at')
        .execute();
      return {
        routes,
        orders: orders.map((o) => {
          const mine = cartons
            .filter((c) => c.order === o.order)
            .sort((a, b) => a.cartonNo - b.cartonNo);
          return {
            ...o,
            cartons: mine,
            packed: mine.filter((c) => c.status === 'closed').length,
          };
        }),
        exceptions: exceptions.map(exceptionRow),
      };
    });
  });
}
