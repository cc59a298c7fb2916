// Server side of stock.move: out of one location and into another in the op's transaction;
// moving more than the book is applied and raised as an exception.
import { judgeMove, moveOp, type MovePayload } from '#core/ops/move.ts';
import { postMovement } from '../../stock/ledger.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { ErrorCode } from '#core/errors.ts';
import { leavesQuarantine } from '#core/goods/quarantine.ts';
import type { OpHandler } from '../../sync/op-handler.ts';
import { refuseHeldLotMove } from '../holds/handlers.ts';

export const applyMove: OpHandler<MovePayload> = async (ctx, p) => {
  await requireItem(ctx, p.sku);
  const from = await requireLocation(ctx, p.from);
  const to = await requireLocation(ctx, p.to);
  // Q1: quarantined stock leaves quarantine only by a supervisor's release (stock.release).
  if (leavesQuarantine(from, to))
    throw new OpRejection(
      ErrorCode.QUARANTINE_HELD,
      `${p.from} is quarantine: moving ${p.sku} to ${p.to} needs a release`,
    );
  await refuseHeldLotMove(ctx, p, to);
  const after: number[] = [];
  for (const [i, d] of moveOp.stockDeltas(p).entries()) {
    after.push(
      await postMovement(ctx, {
        ...d,
        id: `${ctx.op.opId}/${i}`,
        kind: 'move',
        opId: ctx.op.opId,
        deviceId: ctx.op.deviceId,
        userId: ctx.op.userId,
        at: ctx.now,
      }),
    );
  }
  // The first delta takes qty out of `from`: the book before it was what is left plus qty.
  const book = after[0]! + p.qty;
  if (!judgeMove(p, book)) return [];
  return [
    await raiseException(ctx, {
      kind: 'move.over_book',
      message: `Moved ${p.qty} of ${p.sku} from ${p.from}, but the book had ${book} there`,
      said: { sku: p.sku, from: p.from, to: p.to, qty: p.qty, lot: p.lot },
      believed: { book },
      ref: p.from,
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    }),
  ];
};
