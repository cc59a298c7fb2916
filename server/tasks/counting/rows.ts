// Count task rows between the server's tables and the change feed: build the device-facing
// rows, save and emit them in the caller's transaction.
import {
  countLocationKey,
  type CountTask,
  type CountTaskLocation,
} from '#core/counting/entities.ts';
import { emit, type FeedWriter } from '../../sync/feed.ts';
import type { CountTaskLocationTable, CountTaskTable } from './schema.ts';

export const countTaskRow = (t: CountTaskTable): CountTask => ({
  id: t.id,
  kind: t.kind as CountTask['kind'],
  blind: t.blind === 1,
  assignedTo: t.assigned_to,
  dueDate: t.due_date,
  tolerance: {
    kind: t.tolerance_kind as CountTask['tolerance']['kind'],
    value: Number(t.tolerance_value),
  },
  status: t.status as CountTask['status'],
  recountOf: t.recount_of,
  notBy: JSON.parse(t.not_by) as string[],
  note: t.note,
  createdAt: Number(t.created_at),
});

export const countTaskLocationRow = (l: CountTaskLocationTable): CountTaskLocation => ({
  key: countLocationKey(l.task, l.location),
  task: l.task,
  location: l.location,
  walkSeq: Number(l.walk_seq),
  status: l.status as CountTaskLocation['status'],
  countedBy: l.counted_by,
  countedAt: l.counted_at === null ? null : Number(l.counted_at),
});

export async function loadTask(w: FeedWriter, id: string): Promise<CountTaskTable | undefined> {
  return w.trx
    .selectFrom('count_tasks')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertTask(
  w: FeedWriter,
  t: CountTaskTable,
  locations: readonly { code: string; walkSeq: number }[],
): Promise<void> {
  await w.trx.insertInto('count_tasks').values(t).execute();
  await emit(w, 'countTask', t.id, countTaskRow(t));
  for (const l of locations) {
    const row: CountTaskLocationTable = {
      warehouse_id: w.warehouseId,
      task: t.id,
      location: l.code,
      walk_seq: l.walkSeq,
      status: 'pending',
      counted_by: null,
      counted_at: null,
    };
    await w.trx.insertInto('count_task_locations').values(row).execute();
    await emit(w, 'countTaskLocation', countLocationKey(t.id, l.code), countTaskLocationRow(row));
  }
}

/** Marks a task's location counted (or moved) and closes the task when nothing is pending. */
export async function markLocation(
  w: FeedWriter,
  task: string,
  location: string,
  status: 'counted' | 'moved',
  by: string,
  at: number,
): Promise<void> {
  const row = await w.trx
    .updateTable('count_task_locations')
    .set({ status, counted_by: by, counted_at: at })
    .where('warehouse_id', '=', w.warehouseId)
    .where('task', '=', task)
    .where('location', '=', location)
    .returningAll()
    .executeTakeFirst();
  if (!row) return;
  await emit(w, 'countTaskLocation', countLocationKey(task, location), countTaskLocationRow(row));
  const pending = await w.trx
    .selectFrom('count_task_locations')
    .select('location')
    .where('warehouse_id', '=', w.warehouseId)
    .where('task', '=', task)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (!pending) await setTaskStatus(w, task, 'done');
}

export async function setTaskStatus(
  w: FeedWriter,
  task: string,
  status: CountTask['status'],
): Promise<void> {
  const t = await w.trx
    .updateTable('count_tasks')
    .set({ status })
    .where('warehouse_id', '=', w.warehouseId)
    .where('id', '=', task)
    .where('status', '!=', status)
    .returningAll()
    .executeTakeFirst();
  if (t) await emit(w, 'countTask', t.id, countTaskRow(t));
}
