// Deliveries (arrivals a device started) and the receiving journal (one row per receive or
// undo), written by the receive handlers in the op's transaction.
import { ErrorCode } from '#core/errors.ts';
import type { ReceivedFacts } from '#core/ops/receiving.ts';
import { emit } from '../../sync/feed.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { ReceiptDeliveryTable } from './schema.ts';
import { lineKeyColumn, receiptDeliveryRow } from './rows.ts';
import type { OpContext } from '../../sync/op-handler.ts';

/**
 * Adds units to a delivery, creating it on its first op. A delivery id belongs to one receipt:
 * the same id on another receipt is a device bug and cannot mean anything.
 */
export async function touchDelivery(
  ctx: OpContext,
  receipt: string,
  id: string,
  units: number,
  finish = false,
): Promise<ReceiptDeliveryTable> {
  const found = await ctx.trx
    .selectFrom('receipt_deliveries')
    .selectAll()
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (found && found.receipt !== receipt)
    throw new OpRejection(
      ErrorCode.OP_MALFORMED,
      `Delivery ${id} belongs to receipt ${found.receipt}, not ${receipt}`,
    );
  const row: ReceiptDeliveryTable = found
    ? {
        ...found,
        last_at: ctx.now,
        units: Number(found.units) + units,
        finished_at: finish ? (found.finished_at ?? ctx.now) : found.finished_at,
      }
    : {
        warehouse_id: ctx.warehouseId,
        id,
        receipt,
        device_id: ctx.op.deviceId,
        user_id: ctx.op.userId,
        started_at: ctx.now,
        last_at: ctx.now,
        units,
        finished_at: finish ? ctx.now : null,
        closed_flagged: 0,
      };
  await ctx.trx
    .insertInto('receipt_deliveries')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['warehouse_id', 'id']).doUpdateSet({
        last_at: row.last_at,
        units: row.units,
        finished_at: row.finished_at,
      }),
    )
    .execute();
  await emit(ctx, 'receiptDelivery', id, receiptDeliveryRow(row));
  return row;
}

/** True the first time a delivery touches a closed receipt: one exception per delivery. */
export async function firstOnClosed(ctx: OpContext, d: ReceiptDeliveryTable): Promise<boolean> {
  if (d.closed_flagged) return false;
  await ctx.trx
    .updateTable('receipt_deliveries')
    .set({ closed_flagged: 1 })
    .where('warehouse_id', '=', ctx.warehouseId)
    .where('id', '=', d.id)
    .execute();
  return true;
}

export async function recordEvent(
  ctx: OpContext,
  f: ReceivedFacts,
  extra: { sign: 1 | -1; reason?: string | null; note?: string; photo?: boolean; undoes?: string },
): Promise<void> {
  await ctx.trx
    .insertInto('receipt_events')
    .values({
      op_id: ctx.op.opId,
      warehouse_id: ctx.warehouseId,
      receipt: f.receipt,
      delivery: f.delivery,
      line_key: lineKeyColumn(f),
      sku: f.sku,
      qty: extra.sign * f.qty,
      lot: f.lot,
      expiry: f.expiry,
      serials: JSON.stringify(f.serials),
      condition: f.condition,
      reason: extra.reason ?? null,
      note: extra.note || null,
      location: f.location,
      has_photo: extra.photo ? 1 : 0,
      undoes: extra.undoes ?? null,
      undone_by: null,
      user_id: ctx.op.userId,
      device_id: ctx.op.deviceId,
      at: ctx.now,
      version: ctx.version,
    })
    .execute();
}
