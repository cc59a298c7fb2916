// What the counting screens read, live from IndexedDB: the tasks this user may do, a task's
// locations in walking order with this device's waiting counts folded on top (P15), and the
// count in progress of one location (saved at every scan).
import { useLiveQuery } from 'dexie-react-hooks';
import type { CountTask, CountTaskLocation } from '#core/counting/entities.ts';
import { inWalkingOrder, mayCount } from '#core/counting/rules.ts';
import { countLocationPayloadV1 } from '#core/ops/counting.ts';
import type { CountDraft } from '../../db/counting-types.ts';
import { db } from '../../db/database.ts';
import type { SessionMeta } from '../../db/meta-types.ts';
import { overlayOps } from '../stock-hooks.ts';

export const countPath = (task: string | null, location?: string): string => {
  const q = new URLSearchParams();
  if (task) q.set('t', task);
  if (location) q.set('l', location);
  return `/count?${q.toString()}`;
};

/** Open tasks for this user: assigned to them or to anyone, and not a recount of their own count. */
export const forUser = (tasks: readonly CountTask[], session: SessionMeta): CountTask[] =>
  tasks
    .filter((t) => t.status === 'open' && mayCount(t, session.user.id))
    .filter(
      (t) =>
        t.assignedTo === null ||
        t.assignedTo === session.user.id ||
        session.user.roles.some((r) => r === 'supervisor' || r === 'admin'),
    )
    .sort(
      (a, b) =>
        (a.kind === 'recount' ? 0 : 1) - (b.kind === 'recount' ? 0 : 1) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.id.localeCompare(b.id),
    );

/** Locations this device counted but the server has not confirmed yet, as `${task}|${loc}`. */
async function waitingCounts(): Promise<Set<string>> {
  const ops = await overlayOps();
  const out = new Set<string>();
  for (const op of ops) {
    if (op.type !== 'count.location') continue;
    const p = countLocationPayloadV1.safeParse(op.payload);
    if (p.success) out.add(`${p.data.task ?? ''}|${p.data.location}`);
  }
  return out;
}

export type ShownLocation = CountTaskLocation & { waiting: boolean };

async function taskLocations(task: string): Promise<ShownLocation[]> {
  const [rows, waiting] = await Promise.all([
    db.countTaskLocations.where('task').equals(task).toArray(),
    waitingCounts(),
  ]);
  return inWalkingOrder(rows).map((l) => ({ ...l, waiting: waiting.has(l.key) }));
}

export interface TaskSummary {
  task: CountTask;
  total: number;
  done: number;
}

export function useTaskSummaries(session: SessionMeta): TaskSummary[] | undefined {
  return useLiveQuery(async () => {
    const tasks = forUser(await db.countTasks.toArray(), session);
    return Promise.all(
      tasks.map(async (task) => {
        const locs = await taskLocations(task.id);
        const done = locs.filter((l) => l.status !== 'pending' || l.waiting).length;
        return { task, total: locs.length, done };
      }),
    );
  }, [session.user.id]);
}

export function useTask(id: string) {
  return useLiveQuery(async () => {
    const [task, locations] = await Promise.all([db.countTasks.get(id), taskLocations(id)]);
    return { task: task ?? null, locations };
  }, [id]);
}

export const useDraft = (key: string): CountDraft | null | undefined =>
  useLiveQuery(async () => (await db.countDrafts.get(key)) ?? null, [key]);
