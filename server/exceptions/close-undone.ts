// When an op is taken back (an undo), the exceptions it raised no longer describe the floor: the
// stock they speak of is gone. They are closed as "undone", by the person who undid, with the
// undo's op id in the note, so supervisors do not chase claims nobody makes any more.
import { emit, type FeedWriter } from '../sync/feed.ts';
import { exceptionRow } from '../sync/rows.ts';

export async function closeExceptionsOfUndoneOp(
  w: FeedWriter,
  undone: { opId: string; undoOpId: string; by: string | null; at: number },
): Promise<number> {
  const rows = await w.trx
    .updateTable('exceptions')
    .set({
      status: 'resolved',
      resolution: 'undone',
      resolved_by: undone.by,
      resolved_at: undone.at,
      note: `Taken back by undo ${undone.undoOpId}`,
    })
    .where('warehouse_id', '=', w.warehouseId)
    .where('op_id', '=', undone.opId)
    .where('status', '=', 'open')
    .returningAll()
    .execute();
  for (const row of rows) await emit(w, 'exception', row.id, exceptionRow(row));
  return rows.length;
}
