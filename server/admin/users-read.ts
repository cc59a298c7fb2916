// Users as administration lists them: roles, warehouses, whether active, whether they must set
// a new password, and whether failed sign-ins hold them back right now.
import type { AdminUser } from '#core/admin.ts';
import { accountLocked } from '../auth/login-throttle.ts';
import type { UserInfo } from '../auth/users.ts';
import type { Store } from '../store/store.ts';
import { canSee } from './scope.ts';

export async function listUsers(store: Store, caller: UserInfo, now: number): Promise<AdminUser[]> {
  const [users, memberships] = await Promise.all([
    store.db.selectFrom('users').selectAll().orderBy('username').execute(),
    store.db.selectFrom('user_warehouses').selectAll().execute(),
  ]);
  const byUser = new Map<string, string[]>();
  for (const m of memberships)
    byUser.set(m.user_id, [...(byUser.get(m.user_id) ?? []), m.warehouse_id]);
  const out: AdminUser[] = [];
  for (const u of users) {
    const warehouses = (byUser.get(u.id) ?? []).sort();
    if (!canSee(caller, warehouses)) continue;
    out.push({
      id: u.id,
      username: u.username,
      name: u.name,
      roles: JSON.parse(u.roles) as string[],
      warehouses,
      active: u.active === 1,
      mustChangePassword: u.must_change_password === 1,
      locked: await accountLocked(store, u.username, now),
      createdAt: Number(u.created_at),
      deactivatedAt: u.deactivated_at === null ? null : Number(u.deactivated_at),
    });
  }
  return out;
}

export async function getUser(store: Store, caller: UserInfo, id: string, now: number) {
  return (await listUsers(store, caller, now)).find((u) => u.id === id) ?? null;
}
