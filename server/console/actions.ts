// Resolving an exception from the console: accept, approve, reject with a reason, request a
// recount, assign. Each changes exactly what it says, in one transaction with its audit row,
// and publishes the exception's new state to devices.
import { z } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import type { UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';
import { flagForRecount } from '../stock/recount-flags.ts';
import type { ExceptionTable } from '../store/schema.ts';
import type { Store, Trx } from '../store/store.ts';
import { emit, type FeedWriter } from '../sync/feed.ts';
import { exceptionRow } from '../sync/rows.ts';
import { audit } from './audit.ts';
import { resolverOf, type ResolveContext } from './resolvers.ts';

const reason = z.string().trim().min(3).max(500);

export const actionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept'), reason: reason.optional() }),
  z.object({ action: z.literal('approve'), reason: reason.optional() }),
  z.object({ action: z.literal('reject'), reason }),
  z.object({ action: z.literal('recount'), reason: reason.optional() }),
  z.object({
    action: z.literal('assign'),
    assignTo: z.string().min(1).max(64),
    reason: reason.optional(),
  }),
]);
export type ExceptionAction = z.infer<typeof actionSchema>;

export interface ActionResult {
  id: string;
  status: string;
  resolution: string | null;
  assignedTo: string | null;
  auditId: string;
  version: number;
  changed: Record<string, unknown>;
}

const conflict = (message: string) => new ApiError(409, ErrorCode.CONFLICT, message);

export async function actOnException(
  store: Store,
  warehouseId: string,
  exceptionId: string,
  user: UserInfo,
  a: ExceptionAction,
): Promise<ActionResult> {
  const by = user.id;
  const result = await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    const x = await trx
      .selectFrom('exceptions')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('id', '=', exceptionId)
      .executeTakeFirst();
    if (!x) throw new ApiError(404, ErrorCode.NOT_FOUND, `No exception ${exceptionId}`);
    if (x.status !== 'open') throw conflict(`Exception ${exceptionId} is already resolved`);
    const w: FeedWriter = { trx, warehouseId, version };
    const at = Date.now();
    const ctx: ResolveContext = { w, exception: x, by, user, at, reason: a.reason ?? null };
    let next: ExceptionTable;
    let changed: Record<string, unknown>;
    if (a.action === 'assign') {
      await requireMember(trx, warehouseId, a.assignTo);
      changed = { assignedTo: a.assignTo, previously: x.assigned_to };
      next = { ...x, assigned_to: a.assignTo };
    } else {
      changed = await kindEffect(ctx, a.action);
      next = {
        ...x,
        status: 'resolved',
        resolution: resolutionOf[a.action],
        resolved_by: by,
        resolved_at: at,
        note: a.reason ?? null,
      };
    }
    await trx
      .updateTable('exceptions')
      .set({
        status: next.status,
        assigned_to: next.assigned_to,
        resolved_by: next.resolved_by,
        resolved_at: next.resolved_at,
        resolution: next.resolution,
        note: next.note,
      })
      .where('id', '=', x.id)
      .execute();
    await emit(w, 'exception', x.id, exceptionRow(next));
    const auditId = await audit(trx, {
      warehouseId,
      by,
      at,
      action: a.action,
      targetKind: 'exception',
      target: x.id,
      reason: a.reason ?? null,
      data: { kind: x.kind, ref: x.ref, ...changed },
    });
    return {
      id: x.id,
      status: next.status,
      resolution: next.resolution,
      assignedTo: next.assigned_to,
      auditId,
      version,
      changed,
    };
  });
  await store.notify(warehouseId, result.version);
  return result;
}

const resolutionOf = {
  accept: 'accepted',
  approve: 'approved',
  reject: 'rejected',
  recount: 'recount',
} as const;

async function kindEffect(
  ctx: ResolveContext,
  action: 'accept' | 'approve' | 'reject' | 'recount',
): Promise<Record<string, unknown>> {
  const r = resolverOf(ctx.exception.kind);
  if (action === 'accept') return {};
  if (action === 'approve') {
    if (!r?.approve) throw conflict(`A ${ctx.exception.kind} exception has nothing to approve`);
    return r.approve(ctx);
  }
  if (action === 'reject') return r?.reject ? r.reject(ctx) : {};
  if (r?.recount) return r.recount(ctx);
  const location = locationOf(ctx.exception);
  if (!location) throw conflict(`A ${ctx.exception.kind} exception names no location to recount`);
  const flag = await flagForRecount(ctx.w, {
    location,
    reason: 'supervisor',
    ref: ctx.exception.id,
    by: ctx.by,
    at: ctx.at,
  });
  return { recountLocation: location, flag };
}

/** The location the exception is about: where stock was counted, taken from or put. */
function locationOf(x: ExceptionTable): string | null {
  const said = JSON.parse(x.said) as Record<string, unknown>;
  for (const k of ['location', 'from']) {
    const v = said[k];
    if (typeof v === 'string' && v) return v;
  }
  return null;
}

async function requireMember(trx: Trx, warehouseId: string, userId: string): Promise<void> {
  const m = await trx
    .selectFrom('user_warehouses')
    .select('user_id')
    .where('warehouse_id', '=', warehouseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!m) throw new ApiError(422, ErrorCode.BAD_REQUEST, `User ${userId} is not in ${warehouseId}`);
}
