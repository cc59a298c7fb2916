// Creates a user with roles and warehouse memberships, and publishes the user's name to those
// warehouses' devices (so "claimed by" shows a name, offline too).
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store.ts';
import { emit } from '../sync/feed.ts';
import { hashPassword } from './password.ts';

export interface NewUser {
  username: string;
  name: string;
  password: string;
  roles: readonly string[];
  warehouses: readonly string[];
  /** An administrator chose the password: the user sets their own at first sign-in. */
  mustChangePassword?: boolean;
}

export async function createUser(store: Store, u: NewUser): Promise<string> {
  const id = randomUUID();
  const passwordHash = await hashPassword(u.password);
  const versions: [string, number][] = [];
  await store.write(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        username: u.username.toLowerCase(),
        name: u.name,
        password_hash: passwordHash,
        roles: JSON.stringify(u.roles),
        active: 1,
        created_at: Date.now(),
        must_change_password: u.mustChangePassword ? 1 : 0,
        deactivated_at: null,
      })
      .execute();
    for (const warehouseId of u.warehouses) {
      await trx
        .insertInto('user_warehouses')
        .values({ user_id: id, warehouse_id: warehouseId })
        .execute();
      const version = await store.nextVersion(trx, warehouseId);
      await emit({ trx, warehouseId, version }, 'user', id, { id, name: u.name });
      versions.push([warehouseId, version]);
    }
  });
  for (const [wh, v] of versions) await store.notify(wh, v);
  return id;
}
