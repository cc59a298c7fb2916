// Server side of receive.refuse (R9): the receiver refused goods at the dock. No stock moves and
// the line does not count them; purchasing hears of it through a receive.refused exception.
import type { ReceiveRefusePayload } from '#core/ops/receiving-refuse.ts';
import { isoDay, judgeReceiveShelfLife } from '#core/goods/shelf-life.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { requireItem } from '../../sync/lookups.ts';
import { requireReceipt } from './rows.ts';
import type { OpHandler } from '../../sync/op-handler.ts';

export const applyReceiveRefuse: OpHandler<ReceiveRefusePayload> = async (ctx, p) => {
  await requireReceipt(ctx, p.receipt);
  const item = await requireItem(ctx, p.sku);
  const shelf = judgeReceiveShelfLife(
    p.expiry,
    { minShelfDaysReceive: Number(item.min_shelf_days_receive ?? 0) },
    isoDay(ctx.now),
  );
  const lot = p.lot ? ` lot ${p.lot}` : '';
  const expiry = p.expiry ? `, expiry ${p.expiry}` : '';
  return [
    await raiseException(ctx, {
      kind: 'receive.refused',
      message: `Refused ${p.qty} × ${p.sku}${lot} on receipt ${p.receipt} (${p.reason.replace('_', '-')}${expiry})`,
      said: {
        receipt: p.receipt,
        delivery: p.delivery,
        line: p.line,
        sku: p.sku,
        qty: p.qty,
        lot: p.lot,
        expiry: p.expiry,
        reason: p.reason,
      },
      believed: shelf ? { ...shelf } : {},
      ref: p.receipt,
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    }),
  ];
};
