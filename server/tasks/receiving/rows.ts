// Receiving rows between the server's tables and the change feed: load a receipt and its lines,
// save a line or a receipt and emit it, in the caller's transaction.
import { ErrorCode } from '#core/errors.ts';
import {
  lineKey,
  type Receipt,
  type ReceiptDelivery,
  type ReceiptLine,
} from '#core/receiving/entities.ts';
import { emit, type FeedWriter } from '../../sync/feed.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { ReceiptDeliveryTable, ReceiptLineTable, ReceiptTable } from './schema.ts';

const strings = (json: string): string[] => JSON.parse(json) as string[];

export const receiptRow = (r: ReceiptTable): Receipt => ({
  number: r.number,
  barcode: r.barcode,
  supplier: r.supplier,
  dueDate: r.due_date,
  type: r.type as Receipt['type'],
  dock: r.dock,
  tolerancePct: Number(r.tolerance_pct),
  status: r.status as Receipt['status'],
  closedReason: r.closed_reason,
  closedBy: r.closed_by,
  closedAt: r.closed_at === null ? null : Number(r.closed_at),
  createdAt: Number(r.created_at),
});

export const receiptLineRow = (l: ReceiptLineTable): ReceiptLine => ({
  key: `${l.receipt}|${l.line_key}`,
  receipt: l.receipt,
  line: l.line === null ? null : Number(l.line),
  sku: l.sku,
  expectedQty: Number(l.expected_qty),
  lot: l.lot,
  expiry: l.expiry,
  serials: strings(l.serials),
  receivedQty: Number(l.received_qty),
  damagedQty: Number(l.damaged_qty),
  scrapQty: Number(l.scrap_qty),
  receivedSerials: strings(l.received_serials),
  replacesLine: l.replaces_line === null ? null : Number(l.replaces_line),
});

export const receiptDeliveryRow = (d: ReceiptDeliveryTable): ReceiptDelivery => ({
  id: d.id,
  receipt: d.receipt,
  deviceId: d.device_id,
  userId: d.user_id,
  startedAt: Number(d.started_at),
  lastAt: Number(d.last_at),
  units: Number(d.units),
  finished: d.finished_at !== null,
});

/** The line key column: the part of the synced key after the receipt number. */
export const lineKeyColumn = (l: Pick<ReceiptLine, 'receipt' | 'line' | 'sku'>): string =>
  lineKey(l.receipt, l.line, l.sku).slice(l.receipt.length + 1);

export const lineTable = (warehouseId: string, l: ReceiptLine): ReceiptLineTable => ({
  warehouse_id: warehouseId,
  receipt: l.receipt,
  line_key: lineKeyColumn(l),
  line: l.line,
  sku: l.sku,
  expected_qty: l.expectedQty,
  lot: l.lot,
  expiry: l.expiry,
  serials: JSON.stringify(l.serials),
  received_qty: l.receivedQty,
  damaged_qty: l.damagedQty,
  scrap_qty: l.scrapQty,
  received_serials: JSON.stringify(l.receivedSerials),
  replaces_line: l.replacesLine,
});

/** An op naming a receipt the warehouse does not have cannot mean anything. */
export async function requireReceipt(w: FeedWriter, number: string): Promise<ReceiptTable> {
  const row = await w.trx
    .selectFrom('receipts')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row)
    throw new OpRejection(
      ErrorCode.UNKNOWN_DOCUMENT,
      `No receipt ${number} in warehouse ${w.warehouseId}`,
    );
  return row;
}

export async function loadLines(w: FeedWriter, receipt: string): Promise<ReceiptLine[]> {
  const rows = await w.trx
    .selectFrom('receipt_lines')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('receipt', '=', receipt)
    .execute();
  return rows.map(receiptLineRow);
}

export async function saveLine(w: FeedWriter, line: ReceiptLine): Promise<void> {
  const row = lineTable(w.warehouseId, line);
  await w.trx
    .insertInto('receipt_lines')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['warehouse_id', 'receipt', 'line_key']).doUpdateSet({
        received_qty: row.received_qty,
        damaged_qty: row.damaged_qty,
        scrap_qty: row.scrap_qty,
        received_serials: row.received_serials,
        replaces_line: row.replaces_line,
      }),
    )
    .execute();
  await emit(w, 'receiptLine', line.key, line);
}

export async function saveReceipt(w: FeedWriter, r: Receipt): Promise<void> {
  await w.trx
    .updateTable('receipts')
    .set({
      status: r.status,
      closed_reason: r.closedReason,
      closed_by: r.closedBy,
      closed_at: r.closedAt,
    })
    .where('warehouse_id', '=', w.warehouseId)
    .where('number', '=', r.number)
    .execute();
  await emit(w, 'receipt', r.number, r);
}
