// A count variance as the office reads it, with its audit trail: who counted, who recounted,
// who decided and when, every observation of the location that led there, and the movements
// that settled it.
import type { VarianceLine } from '#core/counting/rules.ts';
import type { FeedWriter } from '../../sync/feed.ts';
import type { CountVarianceTable } from './schema.ts';
import { linesOf } from './variances.ts';

type Reader = Pick<FeedWriter, 'trx' | 'warehouseId'>;

export interface Who {
  id: string;
  name: string;
}

export interface VarianceView {
  id: string;
  task: string | null;
  location: string;
  status: string;
  lines: VarianceLine[];
  counted: { by: Who; at: number; opId: string };
  recounted: { by: Who; at: number; opId: string } | null;
  decided: { by: Who; at: number; reason: string | null } | null;
  exceptionId: string | null;
  observations: {
    opId: string;
    task: string | null;
    by: Who;
    deviceId: string;
    at: number;
    outcome: string;
    disturbed: boolean;
    lines: unknown;
  }[];
  movements: {
    id: string;
    kind: string;
    sku: string;
    lot: string;
    expiry: string;
    delta: number;
    reason: string | null;
    approvedBy: Who | null;
    at: number;
  }[];
}

async function names(r: Reader, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (!wanted.length) return new Map();
  const rows = await r.trx
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((u) => [u.id, u.name]));
}

export async function varianceView(r: Reader, v: CountVarianceTable): Promise<VarianceView> {
  const observations = await r.trx
    .selectFrom('count_observations')
    .selectAll()
    .where('warehouse_id', '=', r.warehouseId)
    .where('variance_id', '=', v.id)
    .orderBy('version')
    .execute();
  const movements = await r.trx
    .selectFrom('movements')
    .selectAll()
    .where('warehouse_id', '=', r.warehouseId)
    .where('id', 'like', `count%:${v.id}/%`)
    .orderBy('version')
    .execute();
  const who = await names(r, [
    v.counted_by,
    v.recount_by,
    v.decided_by,
    ...observations.map((o) => o.user_id),
    ...movements.map((m) => m.approved_by),
  ]);
  const person = (id: string): Who => ({ id, name: who.get(id) ?? id });
  return {
    id: v.id,
    task: v.task,
    location: v.location,
    status: v.status,
    lines: linesOf(v),
    counted: { by: person(v.counted_by), at: Number(v.counted_at), opId: v.count_op },
    recounted: v.recount_by
      ? { by: person(v.recount_by), at: Number(v.recount_at), opId: v.recount_op! }
      : null,
    decided: v.decided_by
      ? { by: person(v.decided_by), at: Number(v.decided_at), reason: v.decision_reason }
      : null,
    exceptionId: v.exception_id,
    observations: observations.map((o) => ({
      opId: o.op_id,
      task: o.task,
      by: person(o.user_id),
      deviceId: o.device_id,
      at: Number(o.at),
      outcome: o.outcome,
      disturbed: o.disturbed === 1,
      lines: JSON.parse(o.lines) as unknown,
    })),
    movements: movements.map((m) => ({
      id: m.id,
      kind: m.kind,
      sku: m.sku,
      lot: m.lot,
      expiry: m.expiry,
      delta: Number(m.delta),
      reason: m.reason,
      approvedBy: m.approved_by ? person(m.approved_by) : null,
      at: Number(m.at),
    })),
  };
}
