// Users as the server checks them: roles and warehouse memberships, loaded together.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';

export interface UserInfo {
  id: string;
  username: string;
  name: string;
  roles: string[];
  warehouseIds: string[];
  active: boolean;
  mustChangePassword: boolean;
  /** When an administrator deactivated the user (server clock), or null. */
  deactivatedAt: number | null;
}

export async function loadUser(db: Kysely<Database>, id: string): Promise<UserInfo | null> {
  const u = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  if (!u) return null;
  const wh = await db
    .selectFrom('user_warehouses')
    .select('warehouse_id')
    .where('user_id', '=', id)
    .execute();
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    roles: JSON.parse(u.roles) as string[],
    warehouseIds: wh.map((w) => w.warehouse_id),
    active: u.active === 1,
    mustChangePassword: u.must_change_password === 1,
    deactivatedAt: u.deactivated_at === null ? null : Number(u.deactivated_at),
  };
}
