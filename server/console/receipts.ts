// Receipts for the console: open and closed receipts with progress (expected, received, damaged,
// extra), who worked on them, open exceptions and whether the dock asked to close short; one
// receipt with its lines, deliveries, journal, exceptions and damage photos, with people by name;
// and closing a receipt short from the console, in one transaction with its audit row: the
// receipt closes (lines still short raise receive.short, as for the receive.close op), and every
// open "asked to close short" exception of it is resolved as closed short.
import type { Kysely } from 'kysely';
import { ErrorCode } from '#core/errors.ts';
import { receiptStatus, receiptTotals, shortLines } from '#core/receiving/progress.ts';
import type { UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import { emit } from '../sync/feed.ts';
import { exceptionRow } from '../sync/rows.ts';
import { closeReceipt } from '../tasks/receiving/close.ts';
import { receiptDetail } from '../tasks/receiving/read.ts';
import { receiptLineRow, receiptRow } from '../tasks/receiving/rows.ts';
import { audit } from './audit.ts';

export const CLOSE_REQUESTED = 'receive.close_requested';

const reasonOf = (said: string): string => {
  const r = (JSON.parse(said) as { reason?: unknown }).reason;
  return typeof r === 'string' ? r : '';
};

export interface ConsoleReceipt {
  number: string;
  supplier: string;
  dueDate: string;
  dock: string;
  status: string;
  expected: number;
  received: number;
  damaged: number;
  /** Units of items that were not on the receipt. */
  extra: number;
  shortLines: number;
  people: string[];
  lastAt: number | null;
  openExceptions: number;
  /** The dock's reason when a receiver asked to close short and nobody decided yet. */
  closeRequested: string | null;
  photos: number;
  closedAt: number | null;
  closedReason: string | null;
  closedBy: string | null;
}

const names = async (db: Kysely<Database>) =>
  new Map(
    (await db.selectFrom('users').select(['id', 'name']).execute()).map((u) => [u.id, u.name]),
  );

export async function consoleReceipts(
  db: Kysely<Database>,
  warehouseId: string,
  status: 'open' | 'closed' | 'all',
): Promise<ConsoleReceipt[]> {
  let q = db.selectFrom('receipts').selectAll().where('warehouse_id', '=', warehouseId);
  if (status === 'open') q = q.where('status', '!=', 'closed');
  if (status === 'closed') q = q.where('status', '=', 'closed');
  const receipts = (await q.orderBy('due_date').orderBy('number').execute()).map(receiptRow);
  const lines = (
    await db
      .selectFrom('receipt_lines')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .execute()
  ).map(receiptLineRow);
  const deliveries = await db
    .selectFrom('receipt_deliveries')
    .select(['receipt', 'user_id', 'last_at'])
    .where('warehouse_id', '=', warehouseId)
    .execute();
  const open = await db
    .selectFrom('exceptions')
    .select(['ref', 'kind', 'said'])
    .where('warehouse_id', '=', warehouseId)
    .where('status', '=', 'open')
    .where('kind', 'like', 'receive.%')
    .execute();
  const photos = await db
    .selectFrom('receipt_photos')
    .select('receipt')
    .where('warehouse_id', '=', warehouseId)
    .execute();
  const who = await names(db);
  return receipts.map((r) => {
    const mine = lines.filter((l) => l.receipt === r.number);
    const t = receiptTotals(mine);
    const dl = deliveries.filter((d) => d.receipt === r.number);
    const xs = open.filter((x) => x.ref === r.number);
    const asked = xs.find((x) => x.kind === CLOSE_REQUESTED);
    return {
      number: r.number,
      supplier: r.supplier,
      dueDate: r.dueDate,
      dock: r.dock,
      status: receiptStatus(r, mine),
      expected: t.expected,
      received: t.received,
      damaged: mine.reduce((k, l) => k + l.damagedQty, 0),
      extra: mine.filter((l) => l.line === null).reduce((k, l) => k + l.receivedQty, 0),
      shortLines: shortLines(mine).length,
      people: [...new Set(dl.map((d) => who.get(d.user_id) ?? '?'))].sort(),
      lastAt: dl.length ? Math.max(...dl.map((d) => Number(d.last_at))) : null,
      openExceptions: xs.length,
      closeRequested: asked ? reasonOf(asked.said) : null,
      photos: photos.filter((p) => p.receipt === r.number).length,
      closedAt: r.closedAt,
      closedReason: r.closedReason,
      closedBy: r.closedBy ? (who.get(r.closedBy) ?? null) : null,
    };
  });
}

/** One receipt as the console shows it, with names instead of ids and its photos' ids. */
export async function consoleReceipt(store: Store, warehouseId: string, number: string) {
  const detail = await store.read((trx) => receiptDetail(trx, warehouseId, number));
  if (!detail) throw new ApiError(404, ErrorCode.NOT_FOUND, `No receipt ${number}`);
  const who = await names(store.db);
  const photos = await store.db
    .selectFrom('receipt_photos')
    .select(['id', 'sku', 'at'])
    .where('warehouse_id', '=', warehouseId)
    .where('receipt', '=', number)
    .orderBy('at')
    .execute();
  const name = (id: string | null) => (id ? (who.get(id) ?? null) : null);
  return {
    ...detail,
    receipt: { ...detail.receipt, closedByName: name(detail.receipt.closedBy) },
    short: shortLines(detail.lines),
    deliveries: detail.deliveries.map((d) => ({ ...d, userName: name(d.userId) })),
    events: detail.events.map((e) => ({ ...e, userName: name(e.userId) })),
    exceptions: detail.exceptions.map((x) => ({ ...x, userName: name(x.userId) })),
    photos: photos.map((p) => ({ id: p.id, sku: p.sku, at: Number(p.at) })),
  };
}

/** Closes a receipt short from the console; 409 when it is already closed. */
export async function closeShort(
  store: Store,
  warehouseId: string,
  number: string,
  user: UserInfo,
  reason: string,
) {
  const result = await store.write(async (trx) => {
    const version = await store.nextVersion(trx, warehouseId);
    const row = await trx
      .selectFrom('receipts')
      .select('status')
      .where('warehouse_id', '=', warehouseId)
      .where('number', '=', number)
      .executeTakeFirst();
    if (!row) throw new ApiError(404, ErrorCode.NOT_FOUND, `No receipt ${number}`);
    if (row.status === 'closed')
      throw new ApiError(409, ErrorCode.CONFLICT, `Receipt ${number} is already closed`);
    const w = { trx, warehouseId, version };
    const at = Date.now();
    const raised = await closeReceipt(w, { receipt: number, reason, by: user.id, at });
    const asked = await trx
      .selectFrom('exceptions')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .where('ref', '=', number)
      .where('kind', '=', CLOSE_REQUESTED)
      .where('status', '=', 'open')
      .execute();
    for (const x of asked) {
      const next = {
        ...x,
        status: 'resolved' as const,
        resolution: 'close-short',
        resolved_by: user.id,
        resolved_at: at,
        note: reason,
      };
      await trx
        .updateTable('exceptions')
        .set({
          status: next.status,
          resolution: next.resolution,
          resolved_by: next.resolved_by,
          resolved_at: next.resolved_at,
          note: next.note,
        })
        .where('id', '=', x.id)
        .execute();
      await emit(w, 'exception', x.id, exceptionRow(next));
    }
    const auditId = await audit(trx, {
      warehouseId,
      by: user.id,
      at,
      action: 'close-short',
      targetKind: 'receipt',
      target: number,
      reason,
      data: { raised: raised.map((x) => x.id), resolved: asked.map((x) => x.id) },
    });
    return { closed: true, raised, resolved: asked.map((x) => x.id), auditId, version };
  });
  await store.notify(warehouseId, result.version);
  return result;
}
