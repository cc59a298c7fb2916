// The exceptions queue: everything that needs a person, filterable, each with who, when, what
// the floor said and what the system believed, and the history of console actions on it.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { resolverOf } from './resolvers.ts';
import type { ConsoleException } from '#core/console-wire.ts';
import type { AdminAuditEntry } from '#core/admin.ts';

export interface ExceptionFilter {
  status?: 'open' | 'resolved' | 'all';
  kind?: string;
  userId?: string;
  deviceId?: string;
  assignedTo?: string;
  ref?: string;
  limit?: number;
}

export type { ConsoleException };

export async function listExceptions(
  db: Kysely<Database>,
  warehouseId: string,
  f: ExceptionFilter,
): Promise<ConsoleException[]> {
  let q = db
    .selectFrom('exceptions as x')
    .leftJoin('users as u', 'u.id', 'x.user_id')
    .selectAll('x')
    .select('u.name as user_name')
    .where('x.warehouse_id', '=', warehouseId);
  const status = f.status ?? 'open';
  if (status !== 'all') q = q.where('x.status', '=', status);
  // A kind ending in '.' (e.g. 'receive.') filters a whole family.
  if (f.kind)
    q = f.kind.endsWith('.')
      ? q.where('x.kind', 'like', `${f.kind}%`)
      : q.where('x.kind', '=', f.kind);
  if (f.userId) q = q.where('x.user_id', '=', f.userId);
  if (f.deviceId) q = q.where('x.device_id', '=', f.deviceId);
  if (f.assignedTo) q = q.where('x.assigned_to', '=', f.assignedTo);
  if (f.ref) q = q.where('x.ref', '=', f.ref);
  const rows = await q
    .orderBy('x.at', 'desc')
    .orderBy('x.id')
    .limit(f.limit ?? 500)
    .execute();
  return rows.map((x) => ({
    id: x.id,
    kind: x.kind,
    status: x.status,
    at: Number(x.at),
    message: x.message,
    said: JSON.parse(x.said) as Record<string, unknown>,
    believed: JSON.parse(x.believed) as Record<string, unknown>,
    ref: x.ref,
    opId: x.op_id,
    deviceId: x.device_id,
    userId: x.user_id,
    userName: x.user_name,
    assignedTo: x.assigned_to,
    resolvedBy: x.resolved_by,
    resolvedAt: x.resolved_at === null ? null : Number(x.resolved_at),
    resolution: x.resolution,
    note: x.note,
    approvable: resolverOf(x.kind)?.approve !== undefined,
  }));
}

/** One row of the console's audit, the same shape administration reads (declared once in core). */
export type AuditEntry = AdminAuditEntry;

export async function auditOf(
  db: Kysely<Database>,
  warehouseId: string,
  target?: { kind: string; id: string },
): Promise<AuditEntry[]> {
  let q = db
    .selectFrom('console_actions as a')
    .leftJoin('users as u', 'u.id', 'a.by_user')
    .selectAll('a')
    .select('u.name as by_name')
    .where('a.warehouse_id', '=', warehouseId);
  if (target) q = q.where('a.target_kind', '=', target.kind).where('a.target', '=', target.id);
  const rows = await q.orderBy('a.at', 'desc').limit(500).execute();
  return rows.map((a) => ({
    id: a.id,
    at: Number(a.at),
    by: a.by_user,
    byName: a.by_name,
    action: a.action,
    targetKind: a.target_kind,
    target: a.target,
    reason: a.reason,
    data: JSON.parse(a.data) as Record<string, unknown>,
  }));
}
