// The op log for the console: who did what, when, on which device, and what the server made of
// it (applied, refused with its code, exceptions raised), newest first, filtered by person,
// device, op type, outcome and time, paged with a total. What an op was about (item, location,
// quantity, document) is picked from its payload here, so the screen never shows raw JSON.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export const OP_PAGE_MAX = 200;

export interface OpFilter {
  userId?: string | undefined;
  deviceId?: string | undefined;
  type?: string | undefined;
  status?: 'applied' | 'rejected' | undefined;
  from?: number | undefined;
  to?: number | undefined;
  offset?: number | undefined;
  limit?: number | undefined;
}

export interface OpRow {
  opId: string;
  seq: number;
  type: string;
  userId: string;
  userName: string | null;
  deviceId: string;
  deviceLabel: string | null;
  /** When it happened on the device, corrected by the device's last known clock offset. */
  at: number;
  receivedAt: number;
  status: string;
  code: string | null;
  exceptions: number;
  about: {
    sku?: string;
    location?: string;
    to?: string;
    qty?: number;
    document?: string;
    line?: number;
  };
}

type P = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** The facts worth a column: item, place, quantity, document and line. */
export function aboutOf(p: P): OpRow['about'] {
  const about: OpRow['about'] = {};
  const set = <K extends keyof OpRow['about']>(k: K, v: OpRow['about'][K] | undefined) => {
    if (v !== undefined) about[k] = v;
  };
  set('sku', str(p['sku']));
  set('location', str(p['location']) ?? str(p['from']));
  set('to', str(p['to']));
  set('qty', num(p['qty']));
  set('document', str(p['list']) ?? str(p['receipt']) ?? str(p['task']));
  set('line', num(p['line']) ?? num(p['insteadOfLine']));
  return about;
}

export async function opLog(
  db: Kysely<Database>,
  warehouseId: string,
  f: OpFilter,
): Promise<{ total: number; offset: number; ops: OpRow[]; types: string[] }> {
  let q = db.selectFrom('op_log as o').where('o.warehouse_id', '=', warehouseId);
  if (f.userId) q = q.where('o.user_id', '=', f.userId);
  if (f.deviceId) q = q.where('o.device_id', '=', f.deviceId);
  if (f.type) q = q.where('o.type', '=', f.type);
  if (f.status) q = q.where('o.status', '=', f.status);
  if (f.from !== undefined) q = q.where('o.received_at', '>=', f.from);
  if (f.to !== undefined) q = q.where('o.received_at', '<', f.to);
  const counted = await q
    .select((e) => e.fn.countAll<string | number>().as('n'))
    .executeTakeFirst();
  const offset = f.offset ?? 0;
  const rows = await q
    .leftJoin('users as u', 'u.id', 'o.user_id')
    .leftJoin('devices as d', 'd.id', 'o.device_id')
    .leftJoin('device_labels as l', 'l.device_id', 'o.device_id')
    .select([
      'o.op_id',
      'o.seq',
      'o.type',
      'o.user_id',
      'u.name',
      'o.device_id',
      'l.label',
      'o.device_at',
      'o.received_at',
      'o.status',
      'o.code',
      'o.exceptions',
      'o.payload',
      'd.clock_offset_ms',
    ])
    .orderBy('o.received_at', 'desc')
    .orderBy('o.device_id')
    .orderBy('o.seq', 'desc')
    .offset(offset)
    .limit(Math.min(OP_PAGE_MAX, f.limit ?? 50))
    .execute();
  const types = await db
    .selectFrom('op_log')
    .select('type')
    .distinct()
    .where('warehouse_id', '=', warehouseId)
    .orderBy('type')
    .execute();
  return {
    total: Number(counted?.n ?? 0),
    offset,
    types: types.map((t) => t.type),
    ops: rows.map((o) => ({
      opId: o.op_id,
      seq: Number(o.seq),
      type: o.type,
      userId: o.user_id,
      userName: o.name,
      deviceId: o.device_id,
      deviceLabel: o.label,
      at: Math.min(Number(o.received_at), Number(o.device_at) - Number(o.clock_offset_ms ?? 0)),
      receivedAt: Number(o.received_at),
      status: o.status,
      code: o.code,
      exceptions: o.exceptions ? (JSON.parse(o.exceptions) as unknown[]).length : 0,
      about: aboutOf(JSON.parse(o.payload) as P),
    })),
  };
}
