// Release, reassignment and deferral of pick lists (K8–K10), once for both ways in: the ops a
// device records (pick.release, pick.assign, pick.defer) and the console's actions, which run the
// same functions in their own transaction. Picks are never undone here: what was picked stays on
// the lines, and picks still waiting on a lost phone count when they arrive (K6).
import { ErrorCode } from '#core/errors.ts';
import { assigned, judgeRelease, released } from '#core/picking/claim.ts';
import type { PickList } from '#core/picking/entities.ts';
import { hasAnyRole, pickingRoles, Role } from '#core/roles.ts';
import type {
  PickAssignPayload,
  PickDeferPayload,
  PickReleasePayload,
} from '#core/ops/picking-continuity.ts';
import type { FeedWriter } from '../../sync/feed.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { OpHandler } from '../../sync/op-handler.ts';
import { requirePickLine, requirePickList, savePickLine, savePickList } from './rows.ts';

export interface Actor {
  userId: string;
  deviceId: string | null;
  office: boolean;
}

async function nameOf(w: FeedWriter, id: string | null): Promise<string> {
  if (!id) return '';
  const u = await w.trx.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst();
  return u?.name ?? id;
}

async function officeUser(w: FeedWriter, userId: string): Promise<boolean> {
  const u = await w.trx
    .selectFrom('users')
    .select('roles')
    .where('id', '=', userId)
    .executeTakeFirst();
  return hasAnyRole(JSON.parse(u?.roles ?? '[]') as string[], [Role.supervisor, Role.admin]);
}

/** K9. Returns the list as it is now; throws OpRejection for a release that may not happen. */
export async function releaseList(
  w: FeedWriter,
  number: string,
  by: Actor,
  at: number,
): Promise<{ before: PickList; after: PickList }> {
  const list = await requirePickList(w, number);
  const verdict = judgeRelease(list, { ...by, deviceId: by.deviceId ?? '' });
  if (!verdict.ok) {
    const holder = await nameOf(w, list.claimedBy);
    throw verdict.why === 'complete'
      ? new OpRejection(ErrorCode.CONFLICT, `Pick list ${number} is already complete`)
      : new OpRejection(
          ErrorCode.NOT_LIST_HOLDER,
          `Pick list ${number} is held by ${holder}; only they or a supervisor may release it`,
        );
  }
  if (!verdict.change) return { before: list, after: list };
  const after = released(list, by.userId, at);
  await savePickList(w, after);
  return { before: list, after };
}

/** K9: a supervisor hands a list to a picker of the warehouse (or opens it to anyone). */
export async function assignList(
  w: FeedWriter,
  number: string,
  to: string | null,
  by: Actor,
  at: number,
): Promise<{ before: PickList; after: PickList }> {
  const list = await requirePickList(w, number);
  if (list.status === 'complete')
    throw new OpRejection(ErrorCode.CONFLICT, `Pick list ${number} is already complete`);
  if (to !== null) {
    const member = await w.trx
      .selectFrom('users as u')
      .innerJoin('user_warehouses as m', 'm.user_id', 'u.id')
      .select(['u.roles', 'u.active'])
      .where('u.id', '=', to)
      .where('m.warehouse_id', '=', w.warehouseId)
      .executeTakeFirst();
    const roles = JSON.parse(member?.roles ?? '[]') as string[];
    if (!member || Number(member.active) !== 1 || !hasAnyRole(roles, pickingRoles))
      throw new OpRejection(
        ErrorCode.UNKNOWN_USER,
        `User ${to} is not an active picker of warehouse ${w.warehouseId}`,
      );
  }
  const after = assigned(list, to, by.userId, at);
  await savePickList(w, after);
  return { before: list, after };
}

export const applyPickRelease: OpHandler<PickReleasePayload> = async (ctx, p) => {
  const office = await officeUser(ctx, ctx.op.userId);
  await releaseList(
    ctx,
    p.list,
    { userId: ctx.op.userId, deviceId: ctx.op.deviceId, office },
    ctx.now,
  );
  return [];
};

export const applyPickAssign: OpHandler<PickAssignPayload> = async (ctx, p) => {
  await assignList(
    ctx,
    p.list,
    p.to,
    { userId: ctx.op.userId, deviceId: ctx.op.deviceId, office: true },
    ctx.now,
  );
  return [];
};

/**
 * K10: a line left for another picker stays open with its reason and who left it; it goes last
 * in that picker's route. Any picker may defer (the floor is the truth); a line already closed
 * is left as it is.
 */
export const applyPickDefer: OpHandler<PickDeferPayload> = async (ctx, p) => {
  await requirePickList(ctx, p.list);
  const line = await requirePickLine(ctx, p.list, p.line, p.sku);
  if (line.status !== 'open') return [];
  await savePickLine(ctx, {
    ...line,
    deferReason: p.reason,
    deferredBy: ctx.op.userId,
  });
  return [];
};
