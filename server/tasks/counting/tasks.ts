// Making count tasks: a supervisor's planned count of a set of locations, and the recounts the
// server asks for (a variance above tolerance, stock that moved during a count).
import { randomUUID } from 'node:crypto';
import type { Tolerance } from '#core/counting/entities.ts';
import { adHocTolerance } from '#core/counting/rules.ts';
import type { FeedWriter } from '../../sync/feed.ts';
import type { CountTaskTable } from './schema.ts';
import { insertTask } from './rows.ts';

export interface NewCountTask {
  id: string;
  blind: boolean;
  assignedTo: string | null;
  dueDate: string | null;
  tolerance: Tolerance;
  note: string;
  createdBy: string | null;
  at: number;
  locations: readonly { code: string; walkSeq: number }[];
}

export async function createCountTask(w: FeedWriter, t: NewCountTask): Promise<void> {
  await insertTask(
    w,
    {
      warehouse_id: w.warehouseId,
      id: t.id,
      kind: 'cycle',
      blind: t.blind ? 1 : 0,
      assigned_to: t.assignedTo,
      due_date: t.dueDate,
      tolerance_kind: t.tolerance.kind,
      tolerance_value: t.tolerance.value,
      status: 'open',
      recount_of: null,
      not_by: '[]',
      note: t.note,
      created_by: t.createdBy,
      created_at: t.at,
    },
    t.locations,
  );
}

export interface RecountRequest {
  location: string;
  /** The variance the recount checks; null when stock moved during a count. */
  recountOf: string | null;
  /** Who counted before: the recount is done by someone else. */
  notBy: readonly string[];
  tolerance: Tolerance | null;
  note: string;
  by: string | null;
  at: number;
}

/**
 * Asks for a recount of one location: an open recount task that still has the location pending
 * is reused (one walk, not two), otherwise a new blind recount task is made. Returns its id.
 */
export async function requestRecount(w: FeedWriter, r: RecountRequest): Promise<string> {
  const open = await w.trx
    .selectFrom('count_tasks as t')
    .innerJoin('count_task_locations as l', (j) =>
      j.onRef('l.warehouse_id', '=', 't.warehouse_id').onRef('l.task', '=', 't.id'),
    )
    .select(['t.id', 't.recount_of'])
    .where('t.warehouse_id', '=', w.warehouseId)
    .where('t.kind', '=', 'recount')
    .where('t.status', '=', 'open')
    .where('l.location', '=', r.location)
    .where('l.status', '=', 'pending')
    .executeTakeFirst();
  if (open && (r.recountOf === null || open.recount_of === r.recountOf)) return open.id;
  const loc = await w.trx
    .selectFrom('locations')
    .select('walk_seq')
    .where('warehouse_id', '=', w.warehouseId)
    .where('code', '=', r.location)
    .executeTakeFirstOrThrow();
  const tolerance = r.tolerance ?? adHocTolerance;
  const task: CountTaskTable = {
    warehouse_id: w.warehouseId,
    id: `RC-${randomUUID().slice(0, 8).toUpperCase()}`,
    kind: 'recount',
    blind: 1,
    assigned_to: null,
    due_date: null,
    tolerance_kind: tolerance.kind,
    tolerance_value: tolerance.value,
    status: 'open',
    recount_of: r.recountOf,
    not_by: JSON.stringify([...new Set(r.notBy)]),
    note: r.note,
    created_by: r.by,
    created_at: r.at,
  };
  await insertTask(w, task, [{ code: r.location, walkSeq: Number(loc.walk_seq) }]);
  return task.id;
}
