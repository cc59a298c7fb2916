// Applies one op inside the push transaction: validates it against its (type, v), checks the
// recording user's role and warehouse, and runs its handler. Throws OpRejection for an op
// that cannot mean anything.
import { z } from 'zod';
import { ErrorCode } from '#core/errors.ts';
import { hasAnyRole } from '#core/roles.ts';
import { findOp } from '#core/ops/registry.ts';
import type { RaisedException } from '#core/protocol.ts';
import type { UserInfo } from '../auth/users.ts';
import { handlers } from '../tasks/index.ts';
import { noticeMovesAfterCounts } from '../tasks/counting/disturbed.ts';
import { flagOpByInactiveUser, refuseOpAfterDeactivation } from '../admin/inactive-flag.ts';
import type { OpContext } from './op-handler.ts';
import { OpRejection } from './rejection.ts';
import { payloadFault } from './payload-guard.ts';
import { refuseAbsurdQuantities } from './quantity-bound.ts';

/**
 * Runs one op. `parsed` receives the payload as the schema parsed it (unknown fields dropped)
 * as soon as it is known, so the op log stores that and never the raw body (finding M3).
 */
export async function applyOp(
  ctx: OpContext,
  user: UserInfo,
  parsed: { payload?: unknown } = {},
): Promise<RaisedException[]> {
  const { op } = ctx;
  const found = findOp(op.type, op.v);
  if (!found.ok) {
    throw found.reason === 'unknown-type'
      ? new OpRejection(ErrorCode.OP_UNKNOWN_TYPE, `Unknown op type ${op.type}`)
      : new OpRejection(ErrorCode.OP_UNKNOWN_VERSION, `Op ${op.type} has no version ${op.v}`);
  }
  await refuseOpAfterDeactivation(ctx, user);
  if (!user.warehouseIds.includes(op.warehouseId)) {
    throw new OpRejection(
      ErrorCode.NOT_IN_WAREHOUSE,
      `${user.username} is not a member of warehouse ${op.warehouseId}`,
    );
  }
  if (!hasAnyRole(user.roles, found.def.roles)) {
    throw new OpRejection(ErrorCode.ROLE_NOT_ALLOWED, `${user.username} may not record ${op.type}`);
  }
  const fault = payloadFault(op.payload);
  if (fault) throw new OpRejection(ErrorCode.OP_MALFORMED, `Op ${op.type} payload ${fault}`);
  const result = found.def.payload.safeParse(op.payload);
  if (!result.success) {
    throw new OpRejection(
      ErrorCode.OP_MALFORMED,
      `Op ${op.type} payload is invalid: ${z.prettifyError(result.error)}`,
    );
  }
  parsed.payload = result.data;
  const deltas = found.def.stockDeltas(result.data);
  await refuseAbsurdQuantities(ctx, deltas);
  const handler = handlers[`${op.type}@${op.v}`];
  if (!handler)
    throw new OpRejection(
      ErrorCode.OP_UNKNOWN_VERSION,
      `Op ${op.type}@${op.v} has no server handler`,
    );
  const raised = await handler(ctx, result.data as never);
  // A deactivated user's queued work still counts, and is flagged for a supervisor.
  if (!user.active) raised.push(...(await flagOpByInactiveUser(ctx, user)));
  // Stock that moves under a count another device made proves that count wrong (C4).
  await noticeMovesAfterCounts(ctx, deltas);
  return raised;
}
