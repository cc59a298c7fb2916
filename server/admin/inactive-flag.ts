// Ops a deactivated user recorded before their device heard of it still count (the floor is
// the truth), but a supervisor should look: the first such op from a device raises one open
// "user.deactivated" exception; later ones from the same device join it quietly. An op the
// device recorded well after the deactivation (its clock corrected by the offset the server
// last measured for it) is refused: nobody may work as a user whose access was ended.
import { ErrorCode } from '#core/errors.ts';
import type { RaisedException } from '#core/protocol.ts';
import type { UserInfo } from '../auth/users.ts';
import { raiseException } from '../exceptions/raise.ts';
import type { OpContext } from '../sync/op-handler.ts';
import { OpRejection } from '../sync/rejection.ts';

export const DEACTIVATED_KIND = 'user.deactivated';

export async function flagOpByInactiveUser(
  ctx: OpContext,
  user: UserInfo,
): Promise<RaisedException[]> {
  const { op } = ctx;
  const open = await ctx.trx
    .selectFrom('exceptions')
    .select('id')
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('kind', '=', DEACTIVATED_KIND)
    .where('status', '=', 'open')
    .where('user_id', '=', user.id)
    .where('device_id', '=', op.deviceId)
    .executeTakeFirst();
  if (open) return [];
  return [
    await raiseException(ctx, {
      kind: DEACTIVATED_KIND,
      message: `${user.name} (${user.username}) was deactivated; their ${op.type} from this device was applied`,
      said: { user: user.username, name: user.name, type: op.type, opId: op.opId },
      believed: { active: false },
      ref: user.id,
      opId: op.opId,
      deviceId: op.deviceId,
      userId: user.id,
      at: ctx.now,
    }),
  ];
}

/**
 * The measured offset carries the request's travel time, which makes a device look behind the
 * server; inside this margin an op counts as queued before the deactivation (nothing is lost).
 */
export const DEACTIVATION_MARGIN_MS = 2 * 60_000;

export async function refuseOpAfterDeactivation(ctx: OpContext, user: UserInfo): Promise<void> {
  if (user.active || user.deactivatedAt === null) return;
  const device = await ctx.trx
    .selectFrom('devices')
    .select('clock_offset_ms')
    .where('id', '=', ctx.op.deviceId)
    .executeTakeFirst();
  const recordedAt = ctx.op.at - Number(device?.clock_offset_ms ?? 0);
  if (recordedAt > user.deactivatedAt + DEACTIVATION_MARGIN_MS)
    throw new OpRejection(
      ErrorCode.USER_DEACTIVATED,
      `${user.username} was deactivated before this ${ctx.op.type} was recorded`,
    );
}
