// Server side of receive.wrong_item: the receiver says an item not on the receipt was sent
// instead of one of its lines. The extra line remembers which, and purchasing is told.
import { ErrorCode } from '#core/errors.ts';
import type { ReceiveWrongItemPayload } from '#core/ops/receiving.ts';
import { lineKey } from '#core/receiving/entities.ts';
import { raiseException } from '../../exceptions/raise.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { loadLines, requireReceipt, saveLine } from './rows.ts';
import type { OpHandler } from '../../sync/op-handler.ts';

export const applyReceiveWrongItem: OpHandler<ReceiveWrongItemPayload> = async (ctx, p) => {
  await requireReceipt(ctx, p.receipt);
  const lines = await loadLines(ctx, p.receipt);
  const extra = lines.find((l) => l.key === lineKey(p.receipt, null, p.sku));
  const instead = lines.find((l) => l.line === p.insteadOfLine);
  if (!extra || !instead)
    throw new OpRejection(
      ErrorCode.UNKNOWN_DOCUMENT,
      `Receipt ${p.receipt} has no extra item ${p.sku} or no line ${p.insteadOfLine}`,
    );
  await saveLine(ctx, { ...extra, replacesLine: p.insteadOfLine });
  return [
    await raiseException(ctx, {
      kind: 'receive.wrong_item',
      message: `Wrong item on ${p.receipt}: ${extra.receivedQty} × ${p.sku} sent instead of line ${instead.line} (${instead.sku}, ${instead.receivedQty} of ${instead.expectedQty} received)`,
      said: { ...p },
      believed: {
        expected: { line: instead.line, sku: instead.sku, qty: instead.expectedQty },
        received: { sku: p.sku, qty: extra.receivedQty },
      },
      ref: p.receipt,
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    }),
  ];
};
