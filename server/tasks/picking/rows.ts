// Picking rows between the server's tables and the change feed: load a list and its lines, save
// a line or a list and emit it, in the caller's transaction.
import { ErrorCode } from '#core/errors.ts';
import {
  pickLineKey,
  type PickLine,
  type PickList,
  type PickOrder,
} from '#core/picking/entities.ts';
import { emit, type FeedWriter } from '../../sync/feed.ts';
import { OpRejection } from '../../sync/rejection.ts';
import type { PickLineTable, PickListTable } from './schema.ts';

const num = (v: number | null): number | null => (v === null ? null : Number(v));

export const pickListRow = (r: PickListTable): PickList => ({
  number: r.number,
  barcode: r.barcode,
  kind: r.kind as PickList['kind'],
  orders: JSON.parse(r.orders) as PickOrder[],
  assignedTo: r.assigned_to,
  status: r.status as PickList['status'],
  claimedBy: r.claimed_by,
  claimedDevice: r.claimed_device,
  claimedAt: num(r.claimed_at),
  completedBy: r.completed_by,
  completedAt: num(r.completed_at),
  createdAt: Number(r.created_at),
  releasedBy: r.released_by ?? null,
  releasedAt: num(r.released_at ?? null),
});

export const pickLineRow = (l: PickLineTable): PickLine => ({
  key: pickLineKey(l.list, Number(l.line)),
  list: l.list,
  line: Number(l.line),
  order: l.order_no,
  tote: l.tote,
  sku: l.sku,
  location: l.location,
  qty: Number(l.qty),
  pickedQty: Number(l.picked_qty),
  status: l.status as PickLine['status'],
  shortReason: l.short_reason as PickLine['shortReason'],
  lots: JSON.parse(l.lots) as string[],
  deferReason: (l.defer_reason ?? null) as PickLine['deferReason'],
  deferredBy: l.deferred_by ?? null,
});

export const pickListTable = (warehouseId: string, r: PickList): PickListTable => ({
  warehouse_id: warehouseId,
  number: r.number,
  barcode: r.barcode,
  kind: r.kind,
  orders: JSON.stringify(r.orders),
  assigned_to: r.assignedTo,
  status: r.status,
  claimed_by: r.claimedBy,
  claimed_device: r.claimedDevice,
  claimed_at: r.claimedAt,
  completed_by: r.completedBy,
  completed_at: r.completedAt,
  created_at: r.createdAt,
  released_by: r.releasedBy,
  released_at: r.releasedAt,
});

export const pickLineTable = (warehouseId: string, l: PickLine): PickLineTable => ({
  warehouse_id: warehouseId,
  list: l.list,
  line: l.line,
  order_no: l.order,
  tote: l.tote,
  sku: l.sku,
  location: l.location,
  qty: l.qty,
  picked_qty: l.pickedQty,
  status: l.status,
  short_reason: l.shortReason,
  lots: JSON.stringify(l.lots),
  defer_reason: l.deferReason,
  deferred_by: l.deferredBy,
});

/** An op naming a pick list the warehouse does not have cannot mean anything. */
export async function requirePickList(w: FeedWriter, number: string): Promise<PickList> {
  const row = await w.trx
    .selectFrom('pick_lists')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('number', '=', number)
    .executeTakeFirst();
  if (!row)
    throw new OpRejection(
      ErrorCode.UNKNOWN_DOCUMENT,
      `No pick list ${number} in warehouse ${w.warehouseId}`,
    );
  return pickListRow(row);
}

/** The line, which must be of that item: anything else cannot mean anything. */
export async function requirePickLine(
  w: FeedWriter,
  list: string,
  line: number,
  sku: string,
): Promise<PickLine> {
  const row = await w.trx
    .selectFrom('pick_lines')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('list', '=', list)
    .where('line', '=', line)
    .executeTakeFirst();
  if (!row || row.sku !== sku)
    throw new OpRejection(
      ErrorCode.UNKNOWN_DOCUMENT,
      `Pick list ${list} has no line ${line} for ${sku}`,
    );
  return pickLineRow(row);
}

export async function loadPickLines(w: FeedWriter, list: string): Promise<PickLine[]> {
  const rows = await w.trx
    .selectFrom('pick_lines')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('list', '=', list)
    .execute();
  return rows.map(pickLineRow);
}

/** Units open lines of every list still need from one pick face. */
export async function openDemand(w: FeedWriter, location: string, sku: string): Promise<number> {
  const rows = await w.trx
    .selectFrom('pick_lines')
    .select(['qty', 'picked_qty'])
    .where('warehouse_id', '=', w.warehouseId)
    .where('location', '=', location)
    .where('sku', '=', sku)
    .where('status', '=', 'open')
    .execute();
  return rows.reduce((n, r) => n + Math.max(0, Number(r.qty) - Number(r.picked_qty)), 0);
}

export async function savePickLine(w: FeedWriter, l: PickLine): Promise<void> {
  await w.trx
    .updateTable('pick_lines')
    .set({
      picked_qty: l.pickedQty,
      status: l.status,
      short_reason: l.shortReason,
      lots: JSON.stringify(l.lots),
      defer_reason: l.deferReason,
      deferred_by: l.deferredBy,
    })
    .where('warehouse_id', '=', w.warehouseId)
    .where('list', '=', l.list)
    .where('line', '=', l.line)
    .execute();
  await emit(w, 'pickLine', l.key, l);
}

export async function savePickList(w: FeedWriter, r: PickList): Promise<void> {
  const row = pickListTable(w.warehouseId, r);
  await w.trx
    .updateTable('pick_lists')
    .set({
      status: row.status,
      claimed_by: row.claimed_by,
      claimed_device: row.claimed_device,
      claimed_at: row.claimed_at,
      completed_by: row.completed_by,
      completed_at: row.completed_at,
      assigned_to: row.assigned_to,
      released_by: row.released_by,
      released_at: row.released_at,
    })
    .where('warehouse_id', '=', w.warehouseId)
    .where('number', '=', r.number)
    .execute();
  await emit(w, 'pickList', r.number, r);
}
