// Count results as CSV: one row per item counted in each count (and recount), with the book it
// was compared with, the difference, what became of it and who decided.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { isoOrNull, toCsv } from '../../console/csv.ts';

interface Counted {
  sku: string;
  lot?: string;
  expiry?: string;
  qty: number;
}
interface VarianceLine {
  sku: string;
  lot: string;
  expiry: string;
  book: number;
  counted: number;
  delta: number;
}

export async function countResultsCsv(db: Kysely<Database>, warehouseId: string): Promise<string> {
  const rows = await db
    .selectFrom('count_observations as o')
    .leftJoin('count_variances as v', 'v.id', 'o.variance_id')
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .leftJoin('users as d', 'd.id', 'v.decided_by')
    .select([
      'o.op_id',
      'o.task',
      'o.location',
      'o.at',
      'o.lines',
      'o.empty',
      'o.outcome',
      'o.disturbed',
      'o.device_id',
      'u.name as counted_by',
      'v.id as variance',
      'v.status as variance_status',
      'v.lines as variance_lines',
      'd.name as decided_by',
      'v.decision_reason',
    ])
    .where('o.warehouse_id', '=', warehouseId)
    .orderBy('o.version')
    .execute();
  const out: (string | number | null)[][] = [];
  for (const r of rows) {
    const counted = JSON.parse(r.lines) as Counted[];
    const diffs = r.variance_lines ? (JSON.parse(r.variance_lines) as VarianceLine[]) : [];
    const key = (l: { sku: string; lot?: string; expiry?: string }) =>
      `${l.sku}|${l.lot ?? ''}|${l.expiry ?? ''}`;
    const keys = [...new Set([...counted.map(key), ...diffs.map(key)])];
    for (const k of keys.length ? keys : ['||']) {
      const [sku, lot, expiry] = k.split('|') as [string, string, string];
      const c = counted.find((l) => key(l) === k);
      const d = diffs.find((l) => key(l) === k);
      out.push([
        r.task,
        r.location,
        sku,
        lot,
        expiry,
        d ? d.counted : (c?.qty ?? 0),
        d ? d.book : null,
        d ? d.delta : null,
        r.outcome,
        r.variance,
        r.variance_status,
        r.decided_by,
        r.decision_reason,
        r.counted_by,
        r.device_id,
        isoOrNull(Number(r.at)),
        r.op_id,
        Number(r.disturbed),
      ]);
    }
  }
  return toCsv(
    [
      'task',
      'location',
      'sku',
      'lot',
      'expiry',
      'counted',
      'book',
      'delta',
      'outcome',
      'variance',
      'variance_status',
      'decided_by',
      'decision_reason',
      'counted_by',
      'device',
      'at',
      'op_id',
      'disturbed',
    ],
    out,
  );
}
