// Raising an exception: the floor did something the server's belief disagrees with. The op is
// still applied; this record asks a person to look (the floor is the truth).
import { randomUUID } from 'node:crypto';
import { emit, type FeedWriter } from '../sync/feed.ts';
import { exceptionRow } from '../sync/rows.ts';
import type { ExceptionTable } from '../store/schema.ts';
import type { RaisedException } from '#core/protocol.ts';

export interface NewException {
  kind: string;
  message: string;
  said: Record<string, unknown>;
  believed: Record<string, unknown>;
  ref?: string | null;
  opId?: string | null;
  deviceId?: string | null;
  userId?: string | null;
  at: number;
}

export async function raiseException(w: FeedWriter, x: NewException): Promise<RaisedException> {
  const row: ExceptionTable = {
    id: randomUUID(),
    warehouse_id: w.warehouseId,
    kind: x.kind,
    status: 'open',
    op_id: x.opId ?? null,
    device_id: x.deviceId ?? null,
    user_id: x.userId ?? null,
    at: x.at,
    message: x.message,
    said: JSON.stringify(x.said),
    believed: JSON.stringify(x.believed),
    ref: x.ref ?? null,
    assigned_to: null,
    resolved_by: null,
    resolved_at: null,
    resolution: null,
    note: null,
  };
  await w.trx.insertInto('exceptions').values(row).execute();
  await emit(w, 'exception', row.id, exceptionRow(row));
  return { id: row.id, kind: row.kind, message: row.message };
}
