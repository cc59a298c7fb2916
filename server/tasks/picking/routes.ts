// Picking over HTTP: the pick lists import for the back office (all or nothing, every bad line
// named), a supervisor read of one list with its lines and the exceptions raised on it, and the
// console's view of open lists with release and reassign (K9).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
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
import { actOnPickList, consolePickLists } from './console-lists.ts';

const IMPORT_LIMIT = 20 * 1024 * 1024;
const office = [Role.admin, Role.supervisor];

type WhReq = FastifyRequest<{ Params: { warehouseId: string; number?: string } }>;

const actionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('release'), reason: z.string().trim().max(500) }),
  z.object({
    action: z.literal('assign'),
    to: z.string().min(1).max(64).nullable(),
    reason: z.string().trim().max(500),
  }),
]);

function parseAction(body: unknown): z.infer<typeof actionBody> {
  const r = actionBody.safeParse(body);
  if (!r.success) {
    const field = r.error.issues[0]?.path.join('.') ?? '';
    throw new ApiError(400, ErrorCode.BAD_REQUEST, `Invalid request: ${field || 'body'} is wrong`);
  }
  if (r.data.reason.length < 3)
    throw new ApiError(400, ErrorCode.REASON_REQUIRED, 'Give a reason of at least 3 characters');
  return r.data;
}

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

  app.get('/api/supervisor/warehouses/:warehouseId/pick-lists', async (req: WhReq) => {
    await officeUser(store, req);
    return { lists: await consolePickLists(store, req.params.warehouseId) };
  });

  app.post(
    '/api/supervisor/warehouses/:warehouseId/pick-lists/:number/actions',
    async (req: WhReq) => {
      const user = await officeUser(store, req);
      const a = parseAction(req.body);
      const { warehouseId, number } = req.params;
      const r = await actOnPickList(store, warehouseId, number!, user, a);
      return { list: r.list, auditId: r.auditId, version: r.version };
    },
  );
}
