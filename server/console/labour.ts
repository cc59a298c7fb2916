// Labour figures that count the right thing (issue 17, finding M6): a line is a document line
// (a pick line, a receipt line, a counted location, one move), however many scans it took: 12
// scans of one pick line are 1 line and 12 units. Per person and per task (receiving, picking,
// counting, moving): lines, units, orders (distinct orders / receipts / count tasks), lines per
// hour of work, short lines and ops the server refused. Times are server time: the device's
// clock corrected by its last known offset, never later than the server heard of the op.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export const tasks = ['receiving', 'picking', 'counting', 'moving'] as const;
export type LabourTask = (typeof tasks)[number];

const TASK_OF: Record<string, LabourTask> = {
  'receive.item': 'receiving',
  'receive.undo': 'receiving',
  'receive.refuse': 'receiving',
  'pick.line': 'picking',
  'pick.short': 'picking',
  'count.location': 'counting',
  'stock.move': 'moving',
  'putaway.move': 'moving',
};

type P = Record<string, unknown>;
const s = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

interface Touch {
  /** The document line this op works on; null when it is not a line of its own (an undo). */
  line: string | null;
  units: number;
  /** The order, receipt or task the line belongs to ('' when none). */
  doc: string;
  short: boolean;
}

/** What one applied op contributes; pick lines find their order through `orderOf`. */
export function touchOf(
  type: string,
  p: P,
  orderOf: (list: string, line: number) => string,
): Touch {
  switch (type) {
    case 'receive.item':
    case 'receive.refuse': {
      const key = p['line'] === null || p['line'] === undefined ? `+${s(p['sku'])}` : s(p['line']);
      const units = type === 'receive.item' ? n(p['qty']) : 0;
      return { line: `${s(p['receipt'])}|${key}`, units, doc: s(p['receipt']), short: false };
    }
    case 'receive.undo':
      return { line: null, units: -n(p['qty']), doc: '', short: false };
    case 'pick.line':
    case 'pick.short': {
      const list = s(p['list']);
      const line = n(p['line']);
      return {
        line: `${list}|${line}`,
        units: type === 'pick.line' ? n(p['qty']) : 0,
        doc: orderOf(list, line) || list,
        short: type === 'pick.short',
      };
    }
    case 'count.location': {
      const lines = Array.isArray(p['lines']) ? (p['lines'] as P[]) : [];
      const task = s(p['task']);
      return {
        line: `${task}|${s(p['location'])}`,
        units: lines.reduce((k, l) => k + n(l['qty']), 0),
        doc: task,
        short: false,
      };
    }
    default:
      return { line: null, units: n(p['qty']), doc: '', short: false };
  }
}

export interface TaskFigures {
  task: LabourTask;
  lines: number;
  units: number;
  orders: number;
  /** Clock hours (server time) in which the person did this task. */
  hoursWorked: number;
  /** lines ÷ hoursWorked, one decimal. */
  linesPerHour: number;
  shortLines: number;
  /** Ops of this task the server refused. */
  rejected: number;
  ops: number;
}

export interface PersonLabour {
  userId: string;
  userName: string;
  tasks: TaskFigures[];
  /** Lines of all tasks per clock hour (server time), oldest first. */
  hours: { at: number; lines: number }[];
  total: number;
}

interface Acc {
  lines: Map<string, number>;
  units: number;
  docs: Set<string>;
  hours: Set<number>;
  short: Set<string>;
  rejected: number;
  ops: number;
}

const HOUR = 3_600_000;

/** Labour per person since `since` (server time), busiest first. */
export async function labour(
  db: Kysely<Database>,
  warehouseId: string,
  since: number,
): Promise<PersonLabour[]> {
  // An op that happened after `since` reached the server after it too.
  const ops = await db
    .selectFrom('op_log as o')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .leftJoin('devices as d', 'd.id', 'o.device_id')
    .select([
      'o.user_id',
      'u.name',
      'o.type',
      'o.device_at',
      'o.received_at',
      'o.status',
      'o.op_id',
      'o.payload',
      'd.clock_offset_ms',
    ])
    .where('o.warehouse_id', '=', warehouseId)
    .where('o.received_at', '>=', since)
    .where('o.type', 'in', Object.keys(TASK_OF))
    .orderBy('o.received_at')
    .execute();
  const orders = new Map(
    (
      await db
        .selectFrom('pick_lines')
        .select(['list', 'line', 'order_no'])
        .where('warehouse_id', '=', warehouseId)
        .execute()
    ).map((l) => [`${l.list}|${Number(l.line)}`, l.order_no]),
  );
  const orderOf = (list: string, line: number) => orders.get(`${list}|${line}`) ?? '';
  const people = new Map<string, { name: string; acc: Map<LabourTask, Acc> }>();
  for (const o of ops) {
    const at = Math.min(
      Number(o.received_at),
      Number(o.device_at) - Number(o.clock_offset_ms ?? 0),
    );
    if (at < since) continue;
    const task = TASK_OF[o.type]!;
    let person = people.get(o.user_id);
    if (!person) people.set(o.user_id, (person = { name: o.name ?? o.user_id, acc: new Map() }));
    let a = person.acc.get(task);
    if (!a)
      person.acc.set(
        task,
        (a = {
          lines: new Map(),
          units: 0,
          docs: new Set(),
          hours: new Set(),
          short: new Set(),
          rejected: 0,
          ops: 0,
        }),
      );
    a.ops += 1;
    if (o.status !== 'applied') {
      a.rejected += 1;
      continue;
    }
    const hour = Math.floor(at / HOUR) * HOUR;
    a.hours.add(hour);
    const t = touchOf(o.type, JSON.parse(o.payload) as P, orderOf);
    const key = t.line ?? (o.type === 'receive.undo' ? null : `op|${o.op_id}`);
    a.units += t.units;
    if (key === null) continue;
    // A line counts once, in the hour it was first worked on.
    if (!a.lines.has(key)) a.lines.set(key, hour);
    if (t.doc) a.docs.add(t.doc);
    if (t.short) a.short.add(key);
  }
  const out: PersonLabour[] = [];
  for (const [userId, person] of people) {
    const perHour = new Map<number, number>();
    const figures: TaskFigures[] = [];
    for (const task of tasks) {
      const a = person.acc.get(task);
      if (!a) continue;
      for (const h of a.lines.values()) perHour.set(h, (perHour.get(h) ?? 0) + 1);
      const hoursWorked = a.hours.size;
      figures.push({
        task,
        lines: a.lines.size,
        units: a.units,
        orders: a.docs.size,
        hoursWorked,
        linesPerHour: hoursWorked ? Math.round((10 * a.lines.size) / hoursWorked) / 10 : 0,
        shortLines: a.short.size,
        rejected: a.rejected,
        ops: a.ops,
      });
    }
    const hours = [...perHour].map(([at, lines]) => ({ at, lines })).sort((x, y) => x.at - y.at);
    out.push({
      userId,
      userName: person.name,
      tasks: figures,
      hours,
      total: figures.reduce((k, f) => k + f.lines, 0),
    });
  }
  return out.sort((x, y) => y.total - x.total || x.userName.localeCompare(y.userName));
}
