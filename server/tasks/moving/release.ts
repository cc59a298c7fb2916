// Server side of stock.release (rule Q1): a supervisor takes stock out of quarantine with a
// reason. The movements carry the reason and the releasing user, so the ledger is the audit.
import { ErrorCode } from '#core/errors.ts';
import { releaseOp, type ReleasePayload } from '#core/ops/release.ts';
import { postMovement } from '../../stock/ledger.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { OpHandler } from '../../sync/op-handler.ts';
import { refuseHeldLotMove } from '../holds/handlers.ts';

export const applyRelease: OpHandler<ReleasePayload> = async (ctx, p) => {
  await requireItem(ctx, p.sku);
  const from = await requireLocation(ctx, p.from);
  const to = await requireLocation(ctx, p.to);
  if (from.kind !== 'quarantine')
    throw new OpRejection(ErrorCode.NOT_IN_QUARANTINE, `${p.from} is not a quarantine location`);
  // Q2: releasing from quarantine does not lift a hold on the lot.
  await refuseHeldLotMove(ctx, p, to);
  const after: number[] = [];
  for (const [i, d] of releaseOp.stockDeltas(p).entries()) {
    after.push(
      await postMovement(ctx, {
        ...d,
        id: `${ctx.op.opId}/${i}`,
        kind: 'release',
        opId: ctx.op.opId,
        deviceId: ctx.op.deviceId,
        userId: ctx.op.userId,
        reason: p.reason,
        approvedBy: ctx.op.userId,
        at: ctx.now,
      }),
    );
  }
  const book = after[0]! + p.qty;
  if (p.qty <= book) return [];
  return [
    await raiseException(ctx, {
      kind: 'move.over_book',
      message: `Released ${p.qty} of ${p.sku} from ${p.from}, but the book had ${book} there`,
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
