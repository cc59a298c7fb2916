// Count tasks for the console: each task with its progress (locations counted of all, moved
// during the count), who counted, and its variances by state (waiting for a recount, waiting for
// a supervisor's approval); one task with every location and every variance, people by name.
// Deciding a variance stays with the exceptions queue (its action posts through the ledger).
import type { Kysely } from 'kysely';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';
import type { Database } from '../store/schema.ts';

export interface ConsoleCountTask {
  id: string;
  kind: string;
  blind: boolean;
  status: string;
  dueDate: string | null;
  assignedName: string | null;
  locations: number;
  counted: number;
  moved: number;
  /** Variances waiting for a recount by someone else. */
  recount: number;
  /** Variances waiting for a supervisor. */
  approval: number;
  people: string[];
  lastAt: number | null;
  createdAt: number;
  note: string;
}

const names = async (db: Kysely<Database>) =>
  new Map(
    (await db.selectFrom('users').select(['id', 'name']).execute()).map((u) => [u.id, u.name]),
  );

export async function consoleCountTasks(
  db: Kysely<Database>,
  warehouseId: string,
  status: 'open' | 'done' | 'all',
): Promise<ConsoleCountTask[]> {
  let q = db.selectFrom('count_tasks').selectAll().where('warehouse_id', '=', warehouseId);
  if (status === 'open') q = q.where('status', '=', 'open');
  if (status === 'done') q = q.where('status', '!=', 'open');
  const tasks = await q.orderBy('created_at', 'desc').orderBy('id').execute();
  const locs = await db
    .selectFrom('count_task_locations')
    .select(['task', 'status', 'counted_by', 'counted_at'])
    .where('warehouse_id', '=', warehouseId)
    .execute();
  const variances = await db
    .selectFrom('count_variances')
    .select(['task', 'status'])
    .where('warehouse_id', '=', warehouseId)
    .where('status', 'in', ['recount', 'approval'])
    .execute();
  const who = await names(db);
  return tasks.map((t) => {
    const mine = locs.filter((l) => l.task === t.id);
    const done = mine.filter((l) => l.status !== 'pending');
    const vs = variances.filter((v) => v.task === t.id);
    return {
      id: t.id,
      kind: t.kind,
      blind: t.blind === 1,
      status: t.status,
      dueDate: t.due_date,
      assignedName: t.assigned_to ? (who.get(t.assigned_to) ?? null) : null,
      locations: mine.length,
      counted: done.length,
      moved: mine.filter((l) => l.status === 'moved').length,
      recount: vs.filter((v) => v.status === 'recount').length,
      approval: vs.filter((v) => v.status === 'approval').length,
      people: [...new Set(done.map((l) => (l.counted_by ? who.get(l.counted_by) : undefined)))]
        .filter((x): x is string => !!x)
        .sort(),
      lastAt: done.length ? Math.max(...done.map((l) => Number(l.counted_at ?? 0))) : null,
      createdAt: Number(t.created_at),
      note: t.note,
    };
  });
}

export async function consoleCountTask(db: Kysely<Database>, warehouseId: string, id: string) {
  const [task] = (await consoleCountTasks(db, warehouseId, 'all')).filter((t) => t.id === id);
  if (!task) throw new ApiError(404, ErrorCode.NOT_FOUND, `No count task ${id}`);
  const who = await names(db);
  const name = (u: string | null) => (u ? (who.get(u) ?? null) : null);
  const locations = await db
    .selectFrom('count_task_locations')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('task', '=', id)
    .orderBy('walk_seq')
    .orderBy('location')
    .execute();
  const variances = await db
    .selectFrom('count_variances')
    .selectAll()
    .where('warehouse_id', '=', warehouseId)
    .where('task', '=', id)
    .orderBy('counted_at')
    .execute();
  return {
    task,
    locations: locations.map((l) => ({
      location: l.location,
      status: l.status,
      countedBy: name(l.counted_by),
      countedAt: l.counted_at === null ? null : Number(l.counted_at),
    })),
    variances: variances.map((v) => ({
      id: v.id,
      location: v.location,
      status: v.status,
      lines: JSON.parse(v.lines) as {
        sku: string;
        lot: string;
        expiry: string;
        book: number;
        counted: number;
        delta: number;
      }[],
      countedBy: name(v.counted_by),
      countedAt: Number(v.counted_at),
      recountBy: name(v.recount_by),
      decidedBy: name(v.decided_by),
      decidedAt: v.decided_at === null ? null : Number(v.decided_at),
      reason: v.decision_reason,
      exceptionId: v.exception_id,
    })),
  };
}
