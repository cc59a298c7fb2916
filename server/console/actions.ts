// Resolving an exception from the console: one of the actions its kind offers (offers.ts), or
// assigning it. The action is recomputed in its transaction and posts exactly the movements it
// showed (refused with 409 when the book moved since the supervisor looked), with its audit row
// (who, why, when, what changed), and publishes the exception's new state to devices.
import { z } from 'zod';
import { XAction, xActions, type ActionOffer } from '#core/console-actions.ts';
import { ErrorCode } from '#core/errors.ts';
import type { UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';
import { postMovement } from '../stock/ledger.ts';
import { flagForRecount } from '../stock/recount-flags.ts';
import type { ExceptionTable } from '../store/schema.ts';
import type { Store, Trx } from '../store/store.ts';
import { emit, type FeedWriter } from '../sync/feed.ts';
import { exceptionRow } from '../sync/rows.ts';
import { audit } from './audit.ts';
import { offersFor } from './offers.ts';
import { resolverOf, type ResolveContext } from './resolvers.ts';

const reason = z.string().trim().min(3).max(500);
const expected = z
  .array(
    z.object({
      sku: z.string().max(80),
      location: z.string().max(80),
      lot: z.string().max(80),
      expiry: z.string().max(20),
      delta: z.number().int(),
    }),
  )
  .max(100);

export const actionSchema = z.union([
  z.object({
    action: z.literal('assign'),
    assignTo: z.string().min(1).max(64),
    reason: reason.optional(),
  }),
  z.object({
    action: z.enum(xActions as [XAction, ...XAction[]]),
    reason: reason.optional(),
    expect: expected.optional(),
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
    let next: ExceptionTable;
    let changed: Record<string, unknown>;
    if (a.action === 'assign') {
      await requireMember(trx, warehouseId, a.assignTo);
      changed = { assignedTo: a.assignTo, previously: x.assigned_to };
      next = { ...x, assigned_to: a.assignTo };
    } else {
      const offered = (await offersFor(w, x)).find((o) => o.action === a.action);
      if (!offered)
        throw conflict(`A ${x.kind} exception does not offer "${a.action}" (or no longer does)`);
      if (offered.needsReason && !a.reason)
        throw new ApiError(400, ErrorCode.REASON_REQUIRED, `"${a.action}" needs a reason`);
      if (a.expect && !sameMovements(a.expect, offered))
        throw conflict('The book changed since the effect was shown: look again');
      const ctx: ResolveContext = { w, exception: x, by, user, at, reason: a.reason ?? null };
      changed = { ...(await apply(ctx, offered)), effect: offered };
      next = {
        ...x,
        status: 'resolved',
        resolution: a.action,
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

function sameMovements(seen: z.infer<typeof expected>, o: ActionOffer): boolean {
  const key = (m: z.infer<typeof expected>[number]) =>
    `${m.sku}|${m.location}|${m.lot}|${m.expiry}|${m.delta}`;
  const a = seen.map(key).sort();
  const b = o.movements.map(key).sort();
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

/** What each action does beyond resolving: a kind's decision, the movements, a recount flag. */
async function apply(ctx: ResolveContext, o: ActionOffer): Promise<Record<string, unknown>> {
  if (ctx.exception.kind === 'count-variance') {
    const r = resolverOf('count-variance');
    const decision =
      o.action === XAction.postAdjustment
        ? 'approve'
        : o.action === XAction.keepBook
          ? 'reject'
          : o.action === XAction.recount
            ? 'recount'
            : null;
    const step = decision && r?.[decision] ? (c: ResolveContext) => r[decision]!(c) : null;
    if (!step) throw conflict(`Count variances cannot "${o.action}" here`);
    return step(ctx);
  }
  let posted = 0;
  for (const [i, m] of o.movements.entries()) {
    await postMovement(ctx.w, {
      id: `${ctx.exception.id}/${o.action}/${i}`,
      kind: `console.${o.action}`,
      sku: m.sku,
      location: m.location,
      lot: m.lot,
      expiry: m.expiry,
      delta: m.delta,
      userId: ctx.by,
      approvedBy: ctx.by,
      reason: `${o.action} (${ctx.exception.kind})${ctx.reason ? `: ${ctx.reason}` : ''}`,
      at: ctx.at,
    });
    posted += 1;
  }
  const out: Record<string, unknown> = { movements: posted };
  if (o.recount)
    out['flag'] = await flagForRecount(ctx.w, {
      location: o.recount,
      reason: 'supervisor',
      ref: ctx.exception.id,
      by: ctx.by,
      at: ctx.at,
    });
  return out;
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
