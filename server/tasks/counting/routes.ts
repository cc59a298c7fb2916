// Counting for supervisors over HTTP: create count tasks (a zone, an aisle, a list, or what is
// flagged for recount), follow them, list variances with their audit trail, and decide them.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toleranceSchema } from '#core/counting/entities.ts';
import { ErrorCode } from '#core/errors.ts';
import { codeSchema, isoDateSchema } from '#core/fields.ts';
import { Role } from '#core/roles.ts';
import { authenticate } from '../../auth/session.ts';
import { requireRole, requireWarehouse } from '../../auth/guard.ts';
import { decideVariance, type VarianceDecision } from './approve.ts';
import { locationsOf } from './plan.ts';
import { taskDetail, taskList, varianceList } from './read.ts';
import { createCountTask } from './tasks.ts';
import { varianceView } from './variance-view.ts';
import { loadVariance } from './variances.ts';
import type { Deps } from '../../deps.ts';
import { ApiError } from '../../http/api-error.ts';
import { parseBody } from '../../http/parse.ts';
import type { Store } from '../../store/store.ts';

const office = [Role.admin, Role.supervisor];
const counting = ['counter', 'supervisor', 'admin'];

const createBody = z.object({
  id: codeSchema.optional(),
  zone: z.string().min(1).max(20).optional(),
  aisle: z.string().min(1).max(20).optional(),
  locations: z.array(codeSchema).min(1).max(5000).optional(),
  flagged: z.boolean().optional(),
  /** A username or user id; omitted: any counter. */
  assignedTo: z.string().min(1).max(64).nullable().default(null),
  dueDate: isoDateSchema.nullable().default(null),
  blind: z.boolean().default(true),
  tolerance: toleranceSchema.default({ kind: 'qty', value: 0 }),
  note: z.string().max(200).default(''),
});

const reasonBody = z.object({ reason: z.string().trim().max(200).optional() });

type WhReq = FastifyRequest<{ Params: { warehouseId: string; id?: string; action?: string } }>;

async function officeUser(store: Store, req: WhReq) {
  const session = await authenticate(store, req);
  requireRole(session.user, office);
  requireWarehouse(session.user, req.params.warehouseId);
  return session.user;
}

async function assignee(store: Store, warehouseId: string, who: string | null) {
  if (who === null) return null;
  const u = await store.db
    .selectFrom('users')
    .innerJoin('user_warehouses as uw', 'uw.user_id', 'users.id')
    .select(['users.id', 'users.roles'])
    .where((eb) => eb.or([eb('users.id', '=', who), eb('users.username', '=', who.toLowerCase())]))
    .where('uw.warehouse_id', '=', warehouseId)
    .executeTakeFirst();
  const roles = u ? (JSON.parse(u.roles) as string[]) : [];
  if (!u || !roles.some((r) => counting.includes(r)))
    throw new ApiError(400, ErrorCode.BAD_REQUEST, `${who} is not a counter in ${warehouseId}`);
  return u.id;
}

export function countingRoutes(app: FastifyInstance, { store }: Deps): void {
  const base = '/api/supervisor/warehouses/:warehouseId';

  app.post(`${base}/count-tasks`, async (req: WhReq) => {
    const user = await officeUser(store, req);
    const { warehouseId } = req.params;
    const body = parseBody(createBody, req.body);
    const assignedTo = await assignee(store, warehouseId, body.assignedTo);
    const result = await store.write(async (trx) => {
      const version = await store.nextVersion(trx, warehouseId);
      const locations = await locationsOf(trx, warehouseId, body);
      const count = await trx
        .selectFrom('count_tasks')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('warehouse_id', '=', warehouseId)
        .executeTakeFirstOrThrow();
      const id = body.id ?? `CT-${String(Number(count.n) + 1).padStart(4, '0')}`;
      const taken = await trx
        .selectFrom('count_tasks')
        .select('id')
        .where('warehouse_id', '=', warehouseId)
        .where('id', '=', id)
        .executeTakeFirst();
      if (taken) throw new ApiError(409, ErrorCode.CONFLICT, `Count task ${id} already exists`);
      await createCountTask(
        { trx, warehouseId, version },
        { ...body, id, assignedTo, createdBy: user.id, at: Date.now(), locations },
      );
      return { id, locations: locations.length, version };
    });
    await store.notify(warehouseId, result.version);
    return result;
  });

  app.get(`${base}/count-tasks`, async (req: WhReq) => {
    await officeUser(store, req);
    const status = (req.query as { status?: string }).status;
    return store.read((trx) => taskList(trx, req.params.warehouseId, status));
  });

  app.get(`${base}/count-tasks/:id`, async (req: WhReq) => {
    await officeUser(store, req);
    const detail = await store.read((trx) =>
      taskDetail(trx, req.params.warehouseId, req.params.id!),
    );
    if (!detail) throw new ApiError(404, ErrorCode.NOT_FOUND, `No count task ${req.params.id}`);
    return detail;
  });

  app.get(`${base}/count-variances`, async (req: WhReq) => {
    await officeUser(store, req);
    const status = (req.query as { status?: string }).status;
    return store.read((trx) => varianceList(trx, req.params.warehouseId, status));
  });

  app.get(`${base}/count-variances/:id`, async (req: WhReq) => {
    await officeUser(store, req);
    const { warehouseId, id } = req.params;
    return store.read(async (trx) => {
      const v = await loadVariance({ trx, warehouseId }, id!);
      if (!v) throw new ApiError(404, ErrorCode.NOT_FOUND, `No count variance ${id}`);
      return varianceView({ trx, warehouseId }, v);
    });
  });

  app.post(`${base}/count-variances/:id/:action`, async (req: WhReq) => {
    const user = await officeUser(store, req);
    const { warehouseId, id, action } = req.params;
    const { reason } = parseBody(reasonBody, req.body ?? {});
    let decision: VarianceDecision;
    if (action === 'approve') decision = { action, ...(reason ? { reason } : {}) };
    else if (action === 'reject') decision = { action, reason: reason ?? '' };
    else if (action === 'recount') decision = { action, ...(reason ? { reason } : {}) };
    else throw new ApiError(404, ErrorCode.NOT_FOUND, `No action ${action}`);
    return decideVariance(store, { warehouseId, varianceId: id!, by: user, decision });
  });
}
