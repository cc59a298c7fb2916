// Count variances: what a count found different from the book, from the first count through
// the recount to a supervisor's decision, and the stock movements that settle them.
import { randomUUID } from 'node:crypto';
import type { VarianceLine } from '#core/counting/rules.ts';
import { postMovement } from '../../stock/ledger.ts';
import type { FeedWriter } from '../../sync/feed.ts';
import type { CountVarianceTable } from './schema.ts';

export const VarianceStatus = {
  /** Above tolerance on the first count: waits for a different counter. */
  recount: 'recount',
  /** Above tolerance after the recount: waits for a supervisor. */
  approval: 'approval',
  approved: 'approved',
  rejected: 'rejected',
  /** Within tolerance: posted at once. */
  posted: 'posted',
  /** The recount agreed with the book: nothing to adjust. */
  resolved: 'resolved',
  /** Stock moved during the count: replaced by a recount, any posting taken back. */
  superseded: 'superseded',
} as const;
export type VarianceStatus = (typeof VarianceStatus)[keyof typeof VarianceStatus];

export const linesOf = (v: Pick<CountVarianceTable, 'lines'>): VarianceLine[] =>
  JSON.parse(v.lines) as VarianceLine[];

export async function loadVariance(
  w: Pick<FeedWriter, 'trx' | 'warehouseId'>,
  id: string,
): Promise<CountVarianceTable | undefined> {
  return w.trx
    .selectFrom('count_variances')
    .selectAll()
    .where('warehouse_id', '=', w.warehouseId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function newVariance(
  w: FeedWriter,
  v: {
    task: string | null;
    location: string;
    status: VarianceStatus;
    lines: VarianceLine[];
    by: string;
    at: number;
    opId: string;
  },
): Promise<CountVarianceTable> {
  const row: CountVarianceTable = {
    id: randomUUID(),
    warehouse_id: w.warehouseId,
    task: v.task,
    location: v.location,
    status: v.status,
    lines: JSON.stringify(v.lines),
    counted_by: v.by,
    counted_at: v.at,
    count_op: v.opId,
    recount_by: null,
    recount_at: null,
    recount_op: null,
    exception_id: null,
    decided_by: null,
    decided_at: null,
    decision_reason: null,
    version: w.version,
  };
  await w.trx.insertInto('count_variances').values(row).execute();
  return row;
}

export async function updateVariance(
  w: FeedWriter,
  id: string,
  set: Partial<Omit<CountVarianceTable, 'id' | 'warehouse_id'>>,
): Promise<void> {
  await w.trx
    .updateTable('count_variances')
    .set({ ...set, version: w.version })
    .where('warehouse_id', '=', w.warehouseId)
    .where('id', '=', id)
    .execute();
}

/**
 * Posts a variance's lines as stock movements (sign -1 takes a posting back). Movement ids are
 * derived from the variance, so a variance is posted (and taken back) at most once.
 */
export async function postVariance(
  w: FeedWriter,
  v: Pick<CountVarianceTable, 'id' | 'location' | 'lines'>,
  m: {
    kind: 'count' | 'count-reversal';
    reason: string;
    approvedBy: string | null;
    opId: string | null;
    deviceId: string | null;
    userId: string | null;
    at: number;
  },
): Promise<number> {
  const sign = m.kind === 'count-reversal' ? -1 : 1;
  const lines = linesOf(v);
  for (const [i, l] of lines.entries()) {
    await postMovement(w, {
      id: `${m.kind}:${v.id}/${i}`,
      kind: m.kind,
      sku: l.sku,
      location: v.location,
      lot: l.lot,
      expiry: l.expiry,
      delta: sign * l.delta,
      opId: m.opId,
      deviceId: m.deviceId,
      userId: m.userId,
      reason: m.reason,
      approvedBy: m.approvedBy,
      at: m.at,
    });
  }
  return lines.length;
}
