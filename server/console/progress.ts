// The floor's progress: open receipts, pick lists and count tasks with who is on them, and the
// stock of one item or location (labour figures are in labour.ts).
import type { Kysely } from 'kysely';
import { receiptTotals } from '#core/receiving/progress.ts';
import type { Database } from '../store/schema.ts';
import { receiptLineRow } from '../tasks/receiving/rows.ts';

export interface DocumentProgress {
  kind: 'receipt' | 'pickList' | 'countTask';
  number: string;
  status: string;
  due: string;
  done: number;
  total: number;
  people: string[];
  lastAt: number | null;
}

export async function openReceipts(
  db: Kysely<Database>,
  warehouseId: string,
): Promise<DocumentProgress[]> {
  const receipts = await db
    .selectFrom('receipts')
    .select(['number', 'status', 'due_date'])
    .where('warehouse_id', '=', warehouseId)
    .where('status', '!=', 'closed')
    .orderBy('due_date')
    .orderBy('number')
    .execute();
  const lines = (
    await db
      .selectFrom('receipt_lines')
      .selectAll()
      .where('warehouse_id', '=', warehouseId)
      .execute()
  ).map(receiptLineRow);
  const deliveries = await db
    .selectFrom('receipt_deliveries as d')
    .leftJoin('users as u', 'u.id', 'd.user_id')
    .select(['d.receipt', 'd.last_at', 'u.name'])
    .where('d.warehouse_id', '=', warehouseId)
    .execute();
  return receipts.map((r) => {
    const t = receiptTotals(lines.filter((l) => l.receipt === r.number));
    const mine = deliveries.filter((d) => d.receipt === r.number);
    return {
      kind: 'receipt',
      number: r.number,
      status: r.status,
      due: r.due_date,
      done: t.received,
      total: t.expected,
      people: [...new Set(mine.map((d) => d.name ?? '?'))].sort(),
      lastAt: mine.length ? Math.max(...mine.map((d) => Number(d.last_at))) : null,
    };
  });
}

export interface StockLine {
  location: string;
  sku: string;
  description: string;
  lot: string;
  expiry: string;
  qty: number;
}

export async function stockOf(
  db: Kysely<Database>,
  warehouseId: string,
  by: { sku?: string; location?: string },
): Promise<StockLine[]> {
  let q = db
    .selectFrom('stock as s')
    .leftJoin('items as i', (j) =>
      j.onRef('i.warehouse_id', '=', 's.warehouse_id').onRef('i.sku', '=', 's.sku'),
    )
    .select(['s.location', 's.sku', 'i.description', 's.lot', 's.expiry', 's.qty'])
    .where('s.warehouse_id', '=', warehouseId)
    .where('s.qty', '!=', 0);
  if (by.sku) q = q.where('s.sku', '=', by.sku);
  if (by.location) q = q.where('s.location', '=', by.location);
  const rows = await q.orderBy('s.location').orderBy('s.sku').limit(1000).execute();
  return rows.map((r) => ({
    location: r.location,
    sku: r.sku,
    description: r.description ?? '',
    lot: r.lot,
    expiry: r.expiry,
    qty: Number(r.qty),
  }));
}

/** Pick lists not complete: lines done (picked or short) of all, and who claimed it. */
export async function openPickLists(
  db: Kysely<Database>,
  warehouseId: string,
): Promise<DocumentProgress[]> {
  const lists = await db
    .selectFrom('pick_lists as p')
    .leftJoin('users as c', 'c.id', 'p.claimed_by')
    .leftJoin('users as a', 'a.id', 'p.assigned_to')
    .select([
      'p.number',
      'p.status',
      'p.created_at',
      'p.claimed_at',
      'c.name as claimed',
      'a.name as assigned',
    ])
    .where('p.warehouse_id', '=', warehouseId)
    .where('p.status', '!=', 'complete')
    .orderBy('p.created_at')
    .execute();
  const lines = await db
    .selectFrom('pick_lines')
    .select(['list', 'status'])
    .where('warehouse_id', '=', warehouseId)
    .execute();
  return lists.map((l) => {
    const mine = lines.filter((x) => x.list === l.number);
    return {
      kind: 'pickList',
      number: l.number,
      status: l.status,
      due: '',
      done: mine.filter((x) => x.status !== 'open').length,
      total: mine.length,
      people: [l.claimed ?? l.assigned].filter((x): x is string => !!x),
      lastAt: l.claimed_at === null ? null : Number(l.claimed_at),
    };
  });
}

/** Count tasks not done: locations counted of all, and who counted or is assigned. */
export async function openCountTasks(
  db: Kysely<Database>,
  warehouseId: string,
): Promise<DocumentProgress[]> {
  const tasks = await db
    .selectFrom('count_tasks as t')
    .leftJoin('users as a', 'a.id', 't.assigned_to')
    .select(['t.id', 't.status', 't.due_date', 'a.name as assigned'])
    .where('t.warehouse_id', '=', warehouseId)
    .where('t.status', '=', 'open')
    .orderBy('t.created_at')
    .execute();
  const locs = await db
    .selectFrom('count_task_locations as l')
    .leftJoin('users as u', 'u.id', 'l.counted_by')
    .select(['l.task', 'l.status', 'l.counted_at', 'u.name'])
    .where('l.warehouse_id', '=', warehouseId)
    .execute();
  return tasks.map((t) => {
    const mine = locs.filter((l) => l.task === t.id);
    const counted = mine.filter((l) => l.status !== 'pending');
    const people = new Set(counted.map((l) => l.name).filter((x): x is string => !!x));
    if (!people.size && t.assigned) people.add(t.assigned);
    return {
      kind: 'countTask',
      number: t.id,
      status: t.status,
      due: t.due_date ?? '',
      done: counted.length,
      total: mine.length,
      people: [...people].sort(),
      lastAt: counted.length ? Math.max(...counted.map((l) => Number(l.counted_at ?? 0))) : null,
    };
  });
}
