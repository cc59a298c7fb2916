// What the office reads about counting: tasks with progress, one task with its locations and
// observations, and the variances (waiting ones first).
import type { Trx } from '../../store/store.ts';
import { countTaskLocationRow, countTaskRow } from './rows.ts';
import { linesOf } from './variances.ts';

export async function taskList(trx: Trx, warehouseId: string, status?: string) {
  let q = trx.selectFrom('count_tasks').selectAll().where('warehouse_id', '=', warehouseId);
  if (status) q = q.where('status', '=', status);
  const tasks = await q.orderBy('created_at').orderBy('id').execute();
  const locs = await trx
    .selectFrom('count_task_locations')
    .select(['task', 'status'])
    .where('warehouse_id', '=', warehouseId)
    .execute();
  return {
    tasks: tasks.map((t) => {
      const mine = locs.filter((l) => l.task === t.id);
      return {
        ...countTaskRow(t),
        locations: mine.length,
        counted: mine.filter((l) => l.status !== 'pending').length,
      };
    }),
  };
}

export async function taskDetail(trx: Trx, warehouseId: string, id: string) {
  const t = await trx
    .selectFrom('count_tasks')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!t) return null;
  const locations = await trx
    .selectFrom('count_task_locations')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('task', '=', id)
    .orderBy('walk_seq')
    .execute();
  const observations = await trx
    .selectFrom('count_observations')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('task', '=', id)
    .orderBy('version')
    .execute();
  return {
    task: countTaskRow(t),
    locations: locations.map(countTaskLocationRow),
    observations: observations.map((o) => ({
      opId: o.op_id,
      location: o.location,
      userId: o.user_id,
      deviceId: o.device_id,
      at: Number(o.at),
      outcome: o.outcome,
      varianceId: o.variance_id,
      disturbed: o.disturbed === 1,
      lines: JSON.parse(o.lines) as unknown,
    })),
  };
}

const waitingFirst: Record<string, number> = { approval: 0, recount: 1 };

export async function varianceList(trx: Trx, warehouseId: string, status?: string) {
  let q = trx.selectFrom('count_variances').selectAll().where('warehouse_id', '=', warehouseId);
  if (status) q = q.where('status', '=', status);
  const rows = await q.orderBy('counted_at').execute();
  return {
    variances: rows
      .map((v) => ({
        id: v.id,
        task: v.task,
        location: v.location,
        status: v.status,
        lines: linesOf(v),
        countedBy: v.counted_by,
        countedAt: Number(v.counted_at),
        recountBy: v.recount_by,
        decidedBy: v.decided_by,
        exceptionId: v.exception_id,
      }))
      .sort((a, b) => (waitingFirst[a.status] ?? 2) - (waitingFirst[b.status] ?? 2)),
  };
}
