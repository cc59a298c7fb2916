// Picking over HTTP: the pick lists import for the back office (all or nothing, every bad line
// named) and a supervisor read of one list with its lines and the exceptions raised on it.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ErrorCode } from '#core/errors.ts';
import { Role } from '#core/roles.ts';
import { authenticate } from '../../auth/session.ts';
import { requireRole, requireWarehouse } from '../../auth/guard.ts';
import type { Deps } from '../../deps.ts';
import { ApiError } from '../../http/api-error.ts';
import { recordsFrom } from '../../import/parse-file.ts';
import { validatePickLists } from './import.ts';
import { writePickLists } from './import-write.ts';
import type { Store } from '../../store/store.ts';
import { pickLineRow, pickListRow } from './rows.ts';
import { exceptionRow } from '../../sync/rows.ts';

const IMPORT_LIMIT = 20 * 1024 * 1024;
const office = [Role.admin, Role.supervisor];

type WhReq = FastifyRequest<{ Params: { warehouseId: string; number?: string } }>;

async function officeUser(store: Store, req: WhReq) {
  const session = await authenticate(store, req);
  requireRole(session.user, office);
  requireWarehouse(session.user, req.params.warehouseId);
  return session.user;
}

export function pickingRoutes(app: FastifyInstance, { store }: Deps): void {
  app.post(
    '/api/admin/warehouses/:warehouseId/pick-lists',
    { bodyLimit: IMPORT_LIMIT },
    async (req: WhReq) => {
      await officeUser(store, req);
      const { warehouseId } = req.params;
      const records = recordsFrom(req.body, req.headers['content-type']);
      const result = await store.write(async (trx) => {
        const version = await store.nextVersion(trx, warehouseId);
        const lists = await validatePickLists(trx, warehouseId, records);
        await writePickLists(trx, warehouseId, version, lists);
        const lines = lists.reduce((n, l) => n + l.lines.length, 0);
        return { imported: lists.length, lines, version };
      });
      await store.notify(warehouseId, result.version);
      return result;
    },
  );

  app.get('/api/supervisor/warehouses/:warehouseId/pick-lists/:number', async (req: WhReq) => {
    await officeUser(store, req);
    const { warehouseId, number } = req.params;
    return store.read(async (trx) => {
      const list = await trx
        .selectFrom('pick_lists')
        .selectAll()
        .where('warehouse_id', '=', warehouseId)
        .where('number', '=', number!)
        .executeTakeFirst();
      if (!list) throw new ApiError(404, ErrorCode.NOT_FOUND, `No pick list ${number}`);
      const lines = await trx
        .selectFrom('pick_lines')
        .selectAll()
        .where('warehouse_id', '=', warehouseId)
        .where('list', '=', number!)
        .orderBy('line')
        .execute();
      const exceptions = await trx
        .selectFrom('exceptions')
        .selectAll()
        .where('warehouse_id', '=', warehouseId)
        .where('ref', '=', number!)
        .orderBy('at')
        .execute();
      return {
        list: pickListRow(list),
        lines: lines.map(pickLineRow),
        exceptions: exceptions.map(exceptionRow),
      };
    });
  });
}
