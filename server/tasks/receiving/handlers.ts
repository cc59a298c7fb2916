// Server side of receive.item and receive.undo: stock into the dock (or quarantine) through the
// ledger, the line's progress by the shared fold, the delivery, the journal, and exceptions
// for whatever disagrees with the receipt. docs/receiving.md has the rules.
import { ErrorCode } from '#core/errors.ts';
import { judgeReceive } from '#core/ops/receiving-rules.ts';
import { isoDay } from '#core/goods/shelf-life.ts';
import {
  factsOf,
  receiveItemOp,
  receiveUndoOp,
  type ReceiveItemPayload,
  type ReceiveUndoPayload,
  type ReceivedFacts,
} from '#core/ops/receiving.ts';
import { lineKey } from '#core/receiving/entities.ts';
import { applyToLine, receiptStatus, unexpectedLine } from '#core/receiving/progress.ts';
import type { StockDelta } from '#core/ops/effects.ts';
import { postMovement } from '../../stock/ledger.ts';
import { OpRejection } from '../../sync/rejection.ts';
import { requireItem, requireLocation } from '../../sync/lookups.ts';
import { firstOnClosed, recordEvent, touchDelivery } from './journal.ts';
import { raiseFindings } from './exceptions.ts';
import { closeExceptionsOfUndoneOp } from '../../exceptions/close-undone.ts';
import { loadLines, receiptRow, requireReceipt, saveLine, saveReceipt } from './rows.ts';
import type { OpContext, OpHandler } from '../../sync/op-handler.ts';

/** Lines, stock, delivery and receipt status after the facts; returns the judge's findings. */
async function applyFacts(
  ctx: OpContext,
  f: ReceivedFacts & { reason?: string | null },
  sign: 1 | -1,
  deltas: StockDelta[],
) {
  const receipt = receiptRow(await requireReceipt(ctx, f.receipt));
  const item = await requireItem(ctx, f.sku);
  if (f.location) await requireLocation(ctx, f.location);
  const lines = await loadLines(ctx, f.receipt);
  const key = lineKey(f.receipt, f.line, f.sku);
  const line = lines.find((l) => l.key === key) ?? null;
  if (f.line !== null && line?.sku !== f.sku)
    throw new OpRejection(
      ErrorCode.UNKNOWN_DOCUMENT,
      `Receipt ${f.receipt} has no line ${f.line} for ${f.sku}`,
    );
  const findings =
    sign > 0
      ? judgeReceive(f, {
          receipt,
          line,
          sameSkuLines: lines.filter((l) => l.sku === f.sku),
          item: {
            lotTracked: item.lot_tracked === 1,
            expiryTracked: item.expiry_tracked === 1,
            serialTracked: item.serial_tracked === 1,
            minShelfDaysReceive: Number(item.min_shelf_days_receive ?? 0),
          },
          today: isoDay(ctx.now),
        })
      : receipt.status === 'closed'
        ? [{ kind: 'closed_receipt' as const }]
        : [];
  const delivery = await touchDelivery(ctx, f.receipt, f.delivery, sign * f.qty);
  for (const [i, d] of deltas.entries()) {
    await postMovement(ctx, {
      ...d,
      id: `${ctx.op.opId}/${i}`,
      kind: sign > 0 ? 'receive' : 'receive-undo',
      opId: ctx.op.opId,
      deviceId: ctx.op.deviceId,
      userId: ctx.op.userId,
      reason: `receipt ${f.receipt}`,
      at: ctx.now,
    });
  }
  const next = applyToLine(line ?? unexpectedLine(f.receipt, f.sku), f, sign);
  await saveLine(ctx, next);
  const status = receiptStatus(receipt, lines.filter((l) => l.key !== next.key).concat(next));
  if (status !== receipt.status) await saveReceipt(ctx, { ...receipt, status });
  const closed = findings.some((x) => x.kind === 'closed_receipt');
  if (closed && !(await firstOnClosed(ctx, delivery)))
    return findings.filter((x) => x.kind !== 'closed_receipt');
  return findings;
}

export const applyReceiveItem: OpHandler<ReceiveItemPayload> = async (ctx, p) => {
  const findings = await applyFacts(ctx, p, 1, receiveItemOp.stockDeltas(p));
  await recordEvent(ctx, p, { sign: 1, reason: p.reason, note: p.note, photo: p.photo !== null });
  if (p.photo) {
    await ctx.trx
      .insertInto('receipt_photos')
      .values({
        id: ctx.op.opId,
        warehouse_id: ctx.warehouseId,
        receipt: p.receipt,
        sku: p.sku,
        data: p.photo,
        at: ctx.now,
      })
      .execute();
  }
  return raiseFindings(ctx, p, findings, {
    reason: p.reason,
    note: p.note,
    photo: p.photo !== null,
  });
};

/** Takes back one applied receive.item of this receipt, once; its facts must be repeated exactly. */
export const applyReceiveUndo: OpHandler<ReceiveUndoPayload> = async (ctx, p) => {
  const original = await ctx.trx
    .selectFrom('receipt_events')
    .selectAll()
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('op_id', '=', p.undoes)
    .executeTakeFirst();
  if (!original || original.undoes !== null || original.receipt !== p.receipt)
    throw new OpRejection(
      ErrorCode.UNKNOWN_DOCUMENT,
      `No applied receive ${p.undoes} on receipt ${p.receipt} to undo`,
    );
  if (original.undone_by !== null)
    throw new OpRejection(
      ErrorCode.CONFLICT,
      `Receive ${p.undoes} was already undone by ${original.undone_by}`,
    );
  // The journal row holds what the original recorded (op_log rows of the same batch may not be
  // written yet when this runs).
  const said: ReceivedFacts = {
    receipt: original.receipt,
    delivery: original.delivery,
    line: original.line_key.startsWith('+') ? null : Number(original.line_key),
    sku: original.sku,
    qty: Number(original.qty),
    lot: original.lot,
    expiry: original.expiry,
    serials: JSON.parse(original.serials) as string[],
    condition: original.condition as ReceivedFacts['condition'],
    location: original.location,
  };
  if (JSON.stringify(factsOf(said)) !== JSON.stringify(factsOf(p)))
    throw new OpRejection(
      ErrorCode.OP_MALFORMED,
      `The undo does not repeat what receive ${p.undoes} recorded`,
    );
  const findings = await applyFacts(ctx, p, -1, receiveUndoOp.stockDeltas(p));
  await recordEvent(ctx, p, { sign: -1, undoes: p.undoes });
  await ctx.trx
    .updateTable('receipt_events')
    .set({ undone_by: ctx.op.opId })
    .where('op_id', '=', p.undoes)
    .execute();
  // The damage, over-receipt or lot claims the original raised are taken back with it.
  await closeExceptionsOfUndoneOp(ctx, {
    opId: p.undoes,
    undoOpId: ctx.op.opId,
    by: ctx.op.userId,
    at: ctx.now,
  });
  return raiseFindings(ctx, p, findings);
};
