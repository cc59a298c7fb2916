// Raising an exception: the floor did something the server's belief disagrees with. The op is
// still applied; this record asks a person to look (the floor is the truth).
import { randomUUID } from 'node:crypto';
import { emit, type FeedWriter } from '../sync/feed.ts';
import { exceptionRow } from '../sync/rows.ts';
import type { ExceptionTable } from '../store/schema.ts';
import type { RaisedException } from '#core/protocol.ts';

export interface NewException {
  kind: string;
  message: string;
  said: Record<string, unknown>;
  believed: Record<string, unknown>;
  ref?: string | null;
  opId?: string | null;
  deviceId?: string | null;
  userId?: string | null;
  at: number;
}

/**
 * Contradictions a device can repeat at will (finding M4): once MAX_OPEN_REPEATS are open for
 * the same device, location and item, a further one is merged into the newest (counted, latest
 * figures kept) instead of burying the real exceptions under thousands of copies.
 */
const MERGED_KINDS: ReadonlySet<string> = new Set(['move.over_book', 'putaway.over_book']);
export const MAX_OPEN_REPEATS = 10;

export async function raiseException(w: FeedWriter, x: NewException): Promise<RaisedException> {
  const merged = MERGED_KINDS.has(x.kind) ? await mergeRepeat(w, x) : null;
  if (merged) return merged;
  const row: ExceptionTable = {
    id: randomUUID(),
    warehouse_id: w.warehouseId,
    kind: x.kind,
    status: 'open',
    op_id: x.opId ?? null,
    device_id: x.deviceId ?? null,
    user_id: x.userId ?? null,
    at: x.at,
    message: x.message,
    said: JSON.stringify(x.said),
    believed: JSON.stringify(x.believed),
    ref: x.ref ?? null,
    assigned_to: null,
    resolved_by: null,
    resolved_at: null,
    resolution: null,
    note: null,
  };
  await w.trx.insertInto('exceptions').values(row).execute();
  await emit(w, 'exception', row.id, exceptionRow(row));
  return { id: row.id, kind: row.kind, message: row.message };
}

interface MergedSaid {
  sku?: unknown;
  qty?: number;
  repeats?: number;
  totalQty?: number;
}

async function mergeRepeat(w: FeedWriter, x: NewException): Promise<RaisedException | null> {
  if (!x.deviceId || !x.ref || typeof x.said['sku'] !== 'string') return null;
  const open = await w.trx
    .selectFrom('exceptions')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('status', '=', 'open')
    .where('kind', '=', x.kind)
    .where('device_id', '=', x.deviceId)
    .where('ref', '=', x.ref)
    .execute();
  const same = open
    .map((row) => ({ row, said: JSON.parse(row.said) as MergedSaid }))
    .filter((o) => o.said.sku === x.said['sku']);
  if (same.length < MAX_OPEN_REPEATS) return null;
  // The one already counting repeats (then the newest): every repeat lands in the same one.
  const { row, said: before } = same.reduce((a, b) =>
    (b.said.repeats ?? 0) > (a.said.repeats ?? 0) ||
    ((b.said.repeats ?? 0) === (a.said.repeats ?? 0) && Number(b.row.at) > Number(a.row.at))
      ? b
      : a,
  );
  const repeats = (before.repeats ?? 1) + 1;
  const qty = typeof x.said['qty'] === 'number' ? x.said['qty'] : 0;
  const said = { ...x.said, repeats, totalQty: (before.totalQty ?? before.qty ?? 0) + qty };
  const updated: ExceptionTable = {
    ...row,
    at: x.at,
    user_id: x.userId ?? row.user_id,
    message: `${x.message} (${repeats} times from this device)`,
    said: JSON.stringify(said),
    believed: JSON.stringify(x.believed),
  };
  await w.trx
    .updateTable('exceptions')
    .set({
      at: updated.at,
      user_id: updated.user_id,
      message: updated.message,
      said: updated.said,
      believed: updated.believed,
    })
    .where('id', '=', row.id)
    .execute();
  await emit(w, 'exception', row.id, exceptionRow(updated));
  return { id: row.id, kind: row.kind, message: updated.message };
}
