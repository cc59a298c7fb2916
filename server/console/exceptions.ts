// The exceptions queue: everything that needs a person, filtered, searched, sorted by age or
// value and paged (the total always says how many matched), each with who, when, what the floor
// said and what the system believed, the item, place, units and value, and the audit trail.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { factsOf } from './exception-facts.ts';
import { resolverOf } from './resolvers.ts';
import type { ConsoleException, ExceptionPage } from '#core/console-wire.ts';
import type { AdminAuditEntry } from '#core/admin.ts';

export interface ExceptionFilter {
  status?: 'open' | 'resolved' | 'all';
  /** A kind, a family prefix ending in '.' (e.g. 'receive.'), or several kinds joined by ','. */
  kind?: string;
  userId?: string;
  deviceId?: string;
  assignedTo?: string;
  ref?: string;
  location?: string;
  id?: string;
  /** Words to find in the message, the document, item, place or person. */
  q?: string;
  sort?: 'newest' | 'oldest' | 'value';
  offset?: number;
  limit?: number;
}

export type { ConsoleException, ExceptionPage };

/** Most a page holds; the total counts every match. */
export const PAGE_MAX = 500;

export async function listExceptions(
  db: Kysely<Database>,
  warehouseId: string,
  f: ExceptionFilter,
): Promise<ExceptionPage> {
  let q = db
    .selectFrom('exceptions as x')
    .leftJoin('users as u', 'u.id', 'x.user_id')
    .leftJoin('users as a', 'a.id', 'x.assigned_to')
    .leftJoin('users as r', 'r.id', 'x.resolved_by')
    .selectAll('x')
    .select(['u.name as user_name', 'a.name as assigned_name', 'r.name as resolved_name'])
    .where('x.warehouse_id', '=', warehouseId);
  const status = f.status ?? 'open';
  if (status !== 'all') q = q.where('x.status', '=', status);
  if (f.kind) {
    const kinds = f.kind.split(',').filter(Boolean);
    q = q.where((eb) =>
      eb.or(
        kinds.map((k) => (k.endsWith('.') ? eb('x.kind', 'like', `${k}%`) : eb('x.kind', '=', k))),
      ),
    );
  }
  if (f.id) q = q.where('x.id', '=', f.id);
  if (f.userId) q = q.where('x.user_id', '=', f.userId);
  if (f.deviceId) q = q.where('x.device_id', '=', f.deviceId);
  if (f.assignedTo) q = q.where('x.assigned_to', '=', f.assignedTo);
  if (f.ref) q = q.where('x.ref', '=', f.ref);
  const rows = await q.orderBy('x.at', 'desc').orderBy('x.id').execute();
  const items = new Map(
    (
      await db
        .selectFrom('items')
        .select(['sku', 'description', 'unit_value'])
        .where('warehouse_id', '=', warehouseId)
        .execute()
    ).map((i) => [i.sku, { description: i.description, value: Number(i.unit_value) }]),
  );
  let all: ConsoleException[] = rows.map((x) => {
    const facts = factsOf(x);
    const value = facts.units.reduce((v, u) => v + u.n * (items.get(u.sku)?.value ?? 0), 0);
    return {
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
      sku: facts.sku,
      description: facts.sku ? (items.get(facts.sku)?.description ?? null) : null,
      location: facts.location,
      units: facts.units.reduce((n, u) => n + u.n, 0),
      value: Math.round(value * 100) / 100,
      assignedName: x.assigned_name,
      resolvedByName: x.resolved_name,
    };
  });
  if (f.location) all = all.filter((x) => x.location === f.location);
  if (f.q?.trim()) {
    const words = f.q.trim().toLowerCase().split(/\s+/);
    all = all.filter((x) => {
      const hay = [x.message, x.ref, x.sku, x.description, x.location, x.userName, x.kind]
        .filter(Boolean)
        .join(' ')
        .toLowerCase();
      return words.every((w) => hay.includes(w));
    });
  }
  if (f.sort === 'oldest') all.reverse();
  if (f.sort === 'value') all.sort((a, b) => b.value - a.value || b.at - a.at);
  const offset = Math.max(0, f.offset ?? 0);
  const limit = Math.min(PAGE_MAX, Math.max(1, f.limit ?? PAGE_MAX));
  return { exceptions: all.slice(offset, offset + limit), total: all.length, offset, limit };
}

/** Every matching exception, unpaged, for exports. */
export async function allExceptions(
  db: Kysely<Database>,
  warehouseId: string,
  f: Omit<ExceptionFilter, 'offset' | 'limit'>,
): Promise<ConsoleException[]> {
  const out: ConsoleException[] = [];
  for (let offset = 0; ; offset += PAGE_MAX) {
    const page = await listExceptions(db, warehouseId, { ...f, offset, limit: PAGE_MAX });
    out.push(...page.exceptions);
    if (offset + PAGE_MAX >= page.total) return out;
  }
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
