// Ending things at the dock: receive.finish marks a delivery done; closing a receipt (the
// receive.close op or the supervisor API) stops it expecting more and reports what is short.
import type { ReceiveClosePayload, ReceiveFinishPayload } from '#core/ops/receiving.ts';
import type { RaisedException } from '#core/protocol.ts';
import { shortLines } from '#core/receiving/progress.ts';
import { raiseException } from '../../exceptions/raise.ts';
import type { FeedWriter } from '../../sync/feed.ts';
import { touchDelivery } from './journal.ts';
import { loadLines, receiptRow, requireReceipt, saveReceipt } from './rows.ts';
import type { OpHandler } from '../../sync/op-handler.ts';

export const applyReceiveFinish: OpHandler<ReceiveFinishPayload> = async (ctx, p) => {
  const receipt = receiptRow(await requireReceipt(ctx, p.receipt));
  await touchDelivery(ctx, p.receipt, p.delivery, 0, true);
  if (!p.askCloseShort || receipt.status === 'closed') return [];
  // R13: a request, not a close: a supervisor decides, so the receipt stays open meanwhile.
  const short = shortLines(await loadLines(ctx, p.receipt));
  if (!short.length) return [];
  const list = short.map((s) => `${s.sku} ${s.received} of ${s.expected}`).join(', ');
  return [
    await raiseException(ctx, {
      kind: 'receive.close_requested',
      message: `Asked to close ${p.receipt} short (${p.askCloseShort}): ${list}`,
      said: { receipt: p.receipt, reason: p.askCloseShort },
      believed: { short },
      ref: p.receipt,
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      at: ctx.now,
    }),
  ];
};

export interface CloseRequest {
  receipt: string;
  reason: string;
  by: string;
  at: number;
  opId?: string | null;
  deviceId?: string | null;
}

/**
 * Closes a receipt once (closing a closed receipt changes nothing). Lines still short become one
 * `receive.short` exception, so purchasing hears what never came.
 */
export async function closeReceipt(w: FeedWriter, c: CloseRequest): Promise<RaisedException[]> {
  const receipt = receiptRow(await requireReceipt(w, c.receipt));
  if (receipt.status === 'closed') return [];
  await saveReceipt(w, {
    ...receipt,
    status: 'closed',
    closedReason: c.reason,
    closedBy: c.by,
    closedAt: c.at,
  });
  const short = shortLines(await loadLines(w, c.receipt));
  if (!short.length) return [];
  const list = short.map((s) => `${s.sku} ${s.received} of ${s.expected}`).join(', ');
  return [
    await raiseException(w, {
      kind: 'receive.short',
      message: `Receipt ${c.receipt} closed short (${c.reason}): ${list}`,
      said: { receipt: c.receipt, reason: c.reason },
      believed: { short },
      ref: c.receipt,
      opId: c.opId ?? null,
      deviceId: c.deviceId ?? null,
      userId: c.by,
      at: c.at,
    }),
  ];
}

export const applyReceiveClose: OpHandler<ReceiveClosePayload> = (ctx, p) =>
  closeReceipt(ctx, {
    receipt: p.receipt,
    reason: p.reason,
    by: ctx.op.userId,
    at: ctx.now,
    opId: ctx.op.opId,
    deviceId: ctx.op.deviceId,
  });
