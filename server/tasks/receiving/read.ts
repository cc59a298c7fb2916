// What the office reads about receipts: a list with progress, and one receipt with its lines,
// deliveries, journal and exceptions.
import { receiptStatus, receiptTotals } from '#core/receiving/progress.ts';
import type { Trx } from '../../store/store.ts';
import { exceptionRow } from '../../sync/rows.ts';
import { receiptDeliveryRow, receiptLineRow, receiptRow } from './rows.ts';

export async function receiptList(trx: Trx, warehouseId: string, status?: string) {
  let q = trx.selectFrom('receipts').selectAll().where('warehouse_id', '=', warehouseId);
  if (status) q = q.where('status', '=', status);
  const receipts = (await q.orderBy('due_date').orderBy('number').execute()).map(receiptRow);
  const lines = (
    await trx
      .selectFrom('receipt_lines')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .execute()
  ).map(receiptLineRow);
  return {
    receipts: receipts.map((r) => ({
      ...r,
      ...receiptTotals(lines.filter((l) => l.receipt === r.number)),
    })),
  };
}

export async function receiptDetail(trx: Trx, warehouseId: string, number: string) {
  const row = await trx
    .selectFrom('receipts')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row) return null;
  const receipt = receiptRow(row);
  const lines = (
    await trx
      .selectFrom('receipt_lines')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('receipt', '=', number)
      .execute()
  )
    .map(receiptLineRow)
    .sort((a, b) => (a.line ?? 1e9) - (b.line ?? 1e9) || a.sku.localeCompare(b.sku));
  const deliveries = (
    await trx
      .selectFrom('receipt_deliveries')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('receipt', '=', number)
      .orderBy('started_at')
      .execute()
  ).map(receiptDeliveryRow);
  const events = await trx
    .selectFrom('receipt_events')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('receipt', '=', number)
    .orderBy('version')
    .execute();
  const exceptions = await trx
    .selectFrom('exceptions')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('ref', '=', number)
    .orderBy('at')
    .execute();
  return {
    receipt: { ...receipt, status: receiptStatus(receipt, lines) },
    totals: receiptTotals(lines),
    lines,
    deliveries,
    events: events.map((e) => ({
      opId: e.op_id,
      delivery: e.delivery,
      sku: e.sku,
      qty: Number(e.qty),
      lot: e.lot,
      expiry: e.expiry,
      serials: JSON.parse(e.serials) as string[],
      condition: e.condition,
      reason: e.reason,
      note: e.note,
      location: e.location,
      photo: e.has_photo === 1,
      undoes: e.undoes,
      undoneBy: e.undone_by,
      userId: e.user_id,
      deviceId: e.device_id,
      at: Number(e.at),
    })),
    exceptions: exceptions.map((x) => ({ ...exceptionRow(x), ref: x.ref })),
  };
}
