// The administration history: who changed which user or warehouse, when, and why, in the
// warehouses the reader belongs to (admins also see changes to users of no warehouse).
import type { AdminAuditEntry } from '#core/admin.ts';
import { Role } from '#core/roles.ts';
import type { UserInfo } from '../auth/users.ts';
import type { Store } from '../store/store.ts';
import { GLOBAL_AUDIT } from './audit-admin.ts';

export async function adminAudit(
  store: Store,
  caller: UserInfo,
  limit = 200,
): Promise<AdminAuditEntry[]> {
  const where = [...caller.warehouseIds];
  if (caller.roles.includes(Role.admin)) where.push(GLOBAL_AUDIT);
  if (!where.length) return [];
  const rows = await store.db
    .selectFrom('console_actions as a')
    .leftJoin('users as u', 'u.id', 'a.by_user')
    .select([
      'a.id',
      'a.at',
      'a.by_user',
      'u.name as by_name',
      'a.action',
      'a.target_kind',
      'a.target',
      'a.reason',
      'a.data',
      'a.warehouse_id',
    ])
    .where('a.target_kind', 'in', ['user', 'warehouse'])
    .where('a.warehouse_id', 'in', where)
    .orderBy('a.at', 'desc')
    .limit(limit * 2)
    .execute();
  // One change touching two warehouses was written once per warehouse: list it once.
  const seen = new Set<string>();
  const out: AdminAuditEntry[] = [];
  for (const r of rows) {
    const key = `${r.at}|${r.action}|${r.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: r.id,
      at: Number(r.at),
      by: r.by_user,
      byName: r.by_name,
      action: r.action,
      targetKind: r.target_kind,
      target: r.target,
      reason: r.reason,
      data: JSON.parse(r.data) as Record<string, unknown>,
    });
    if (out.length >= limit) break;
  }
  return out;
}
