// Resolving the exception a variance raised, when the variance is decided or set aside.
import { emit, type FeedWriter } from '../../sync/feed.ts';
import { exceptionRow } from '../../sync/rows.ts';

export async function resolveException(
  w: FeedWriter,
  id: string,
  r: { by: string | null; resolution: string; note: string | null; at?: number },
): Promise<void> {
  const row = await w.trx
    .updateTable('exceptions')
    .set({
      status: 'resolved',
      resolved_by: r.by,
      resolved_at: r.at ?? Date.now(),
      resolution: r.resolution,
      note: r.note,
    })
    .where('warehouse_id', '=', w.warehouseId)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .returningAll()
    .executeTakeFirst();
  if (row) await emit(w, 'exception', row.id, exceptionRow(row));
}
