// Raising a shipping exception with the op's who and when; every kind names the carton as ref.
import type { RaisedException } from '#core/protocol.ts';
import { raiseException } from '../../exceptions/raise.ts';
import type { OpContext } from '../../sync/op-handler.ts';

export const raiseShipping = (
  ctx: OpContext,
  kind:
    | 'pack.wrong_item'
    | 'pack.over'
    | 'pack.weight'
    | 'sscc.duplicate'
    | 'sscc.foreign_range'
    | 'load.wrong_vehicle'
    | 'load.out_of_order',
  ref: string,
  message: string,
  said: Record<string, unknown>,
  believed: Record<string, unknown>,
): Promise<RaisedException> =>
  raiseException(ctx, {
    kind,
    message,
    said,
    believed,
    ref,
    opId: ctx.op.opId,
    deviceId: ctx.op.deviceId,
    userId: ctx.op.userId,
    at: ctx.now,
  });
