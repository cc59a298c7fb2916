// Server side of putaway.move: out of the dock and into the scanned location in the op's
// transaction; putting away more than the dock holds on the book is applied and raised.
import { judgeMove } from '#core/ops/move.ts';
import { putawayOp, type PutawayPayload } from '#core/ops/receiving-putaway.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { bookQty, postMovement } from '../../stock/ledger.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import type { OpHandler } from '../../sync/op-handler.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { ErrorCode } from '#core/errors.ts';
import { leavesQuarantine } from '#core/goods/quarantine.ts';
import { refuseHeldLotMove } from '../holds/handlers.ts';

export const applyPutaway: OpHandler<PutawayPayload> = async (ctx, p) => {
  await requireItem(ctx, p.sku);
  const from = await requireLocation(ctx, p.from);
  const to = await requireLocation(ctx, p.to);
  // Q1: quarantined stock leaves quarantine only by a supervisor's release (stock.release).
  if (leavesQuarantine(from, to))
    throw new OpRejection(ErrorCode.QUARANTINE_HELD, `${p.from} is quarantine: it needs a release`);
  await refuseHeldLotMove(ctx, p, to);
  const book = await bookQty(ctx, { location: p.from, sku: p.sku, lot: p.lot, expiry: p.expiry });
  for (const [i, d] of putawayOp.stockDeltas(p).entries()) {
    await postMovement(ctx, {
      ...d,
      id: `${ctx.op.opId}/${i}`,
      kind: p.crossDock ? 'cross-dock' : 'putaway',
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    });
  }
  const short = judgeMove(p, book);
  if (!short) return [];
  return [
    await raiseException(ctx, {
      kind: 'putaway.over_book',
      message: `Put away ${p.qty} of ${p.sku} from ${p.from} to ${p.to}, but the book had ${book} at ${p.from}`,
      said: { sku: p.sku, from: p.from, to: p.to, qty: p.qty, lot: p.lot, expiry: p.expiry },
      believed: { book },
      ref: p.from,
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    }),
  ];
};
