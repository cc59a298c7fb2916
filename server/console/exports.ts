// CSV exports: book stock, the movements ledger and the exceptions, as recorded.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { isoOrNull, toCsv } from './csv.ts';
import { allExceptions } from './exceptions.ts';

export async function stockCsv(db: Kysely<Database>, warehouseId: string): Promise<string> {
  const rows = await db
    .selectFrom('stock as s')
    .leftJoin('items as i', (j) =>
      j.onRef('i.warehouse_id', '=', 's.warehouse_id').onRef('i.sku', '=', 's.sku'),
    )
    .select(['s.location', 's.sku', 'i.description', 's.lot', 's.expiry', 's.qty', 's.version'])
    .where('s.warehouse_id', '=', warehouseId)
    .where('s.qty', '!=', 0)
    .orderBy('s.location')
    .orderBy('s.sku')
    .orderBy('s.lot')
    .orderBy('s.expiry')
    .execute();
  return toCsv(
    ['location', 'sku', 'description', 'lot', 'expiry', 'qty', 'version'],
    rows.map((r) => [
      r.location,
      r.sku,
      r.description ?? '',
      r.lot,
      r.expiry,
      Number(r.qty),
      Number(r.version),
    ]),
  );
}

export async function movementsCsv(
  db: Kysely<Database>,
  warehouseId: string,
  range: { from?: number; to?: number },
): Promise<string> {
  let q = db
    .selectFrom('movements as m')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('m')
    .select('u.name as user_name')
    .where('m.warehouse_id', '=', warehouseId);
  if (range.from !== undefined) q = q.where('m.at', '>=', range.from);
  if (range.to !== undefined) q = q.where('m.at', '<', range.to);
  const rows = await q.orderBy('m.version').orderBy('m.id').execute();
  return toCsv(
    [
      'at',
      'version',
      'kind',
      'sku',
      'location',
      'lot',
      'expiry',
      'delta',
      'user',
      'user_name',
      'device',
      'op_id',
      'reason',
      'approved_by',
    ],
    rows.map((m) => [
      isoOrNull(Number(m.at)),
      Number(m.version),
      m.kind,
      m.sku,
      m.location,
      m.lot,
      m.expiry,
      Number(m.delta),
      m.user_id,
      m.user_name,
      m.device_id,
      m.op_id,
      m.reason,
      m.approved_by,
    ]),
  );
}

export async function exceptionsCsv(
  db: Kysely<Database>,
  warehouseId: string,
  status: 'open' | 'resolved' | 'all',
): Promise<string> {
  const rows = await allExceptions(db, warehouseId, { status });
  return toCsv(
    [
      'id',
      'at',
      'kind',
      'status',
      'ref',
      'user',
      'user_name',
      'device',
      'op_id',
      'message',
      'said',
      'believed',
      'assigned_to',
      'resolved_by',
      'resolved_at',
      'resolution',
      'note',
    ],
    rows.map((x) => [
      x.id,
      isoOrNull(x.at),
      x.kind,
      x.status,
      x.ref,
      x.userId,
      x.userName,
      x.deviceId,
      x.opId,
      x.message,
      JSON.stringify(x.said),
      JSON.stringify(x.believed),
      x.assignedTo,
      x.resolvedBy,
      isoOrNull(x.resolvedAt),
      x.resolution,
      x.note,
    ]),
  );
}
