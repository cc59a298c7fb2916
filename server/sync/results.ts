// Op outcomes as stored in op_log and as sent back in push and pull answers.
import type { OpResult, RaisedException } from '#core/protocol.ts';
import type { OpLogTable } from '../store/schema.ts';
import type { Trx } from '../store/store.ts';
import { opIdOf } from './op-log-row.ts';

export function storedResult(row: OpLogTable): OpResult {
  const base = { seq: Number(row.seq), opId: opIdOf(row) };
  if (row.status === 'rejected') {
    return {
      ...base,
      status: 'rejected',
      code: row.code ?? 'OP_FAILED',
      message: row.message ?? '',
    };
  }
  const exceptions = row.exceptions ? (JSON.parse(row.exceptions) as RaisedException[]) : [];
  return {
    ...base,
    status: 'applied',
    version: Number(row.version),
    ...(exceptions.length ? { exceptions } : {}),
  };
}

/** Outcomes the device has not recorded yet (a lost push answer costs nothing: P8). */
export async function unseenResults(
  trx: Trx,
  deviceId: string,
  after: number,
  limit = 500,
): Promise<OpResult[]> {
  const rows = await trx
    .selectFrom('op_log')
    .selectAll()
    .where('device_id', '=', deviceId)
    .where('seq', '>', after)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(storedResult);
}
