// Creating and editing users. Roles and warehouses change together with their audit row in one
// transaction; a new or renamed user's name reaches the devices of their warehouses.
import { randomUUID } from 'node:crypto';
import type { CreateUserRequest, EditUserRequest } from '#core/admin.ts';
import { ErrorCode } from '#core/errors.ts';
import { Role } from '#core/roles.ts';
import { hashPassword } from '../auth/password.ts';
import { loadUser, type UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store, Trx } from '../store/store.ts';
import { emit } from '../sync/feed.ts';
import { auditAdmin } from './audit-admin.ts';
import { requireGoodPassword } from './password-rule.ts';
import { requireNotSelf, requireWithinReach } from './scope.ts';

const notFound = (id: string) => new ApiError(404, ErrorCode.NOT_FOUND, `No user ${id}`);

async function requireWarehousesExist(trx: Trx, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const found = await trx.selectFrom('warehouses').select('id').where('id', 'in', ids).execute();
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length)
    throw new ApiError(422, ErrorCode.BAD_REQUEST, `No warehouse ${missing.join(', ')}`);
}

/** Publishes the user's name to these warehouses' devices; returns the versions to notify. */
async function publishName(
  store: Store,
  trx: Trx,
  user: { id: string; name: string },
  warehouses: readonly string[],
): Promise<[string, number][]> {
  const versions: [string, number][] = [];
  for (const warehouseId of warehouses) {
    const version = await store.nextVersion(trx, warehouseId);
    await emit({ trx, warehouseId, version }, 'user', user.id, { id: user.id, name: user.name });
    versions.push([warehouseId, version]);
  }
  return versions;
}

async function notifyAll(store: Store, versions: [string, number][]): Promise<void> {
  for (const [wh, v] of versions) await store.notify(wh, v);
}

export async function createUserByAdmin(
  store: Store,
  caller: UserInfo,
  req: CreateUserRequest,
): Promise<{ id: string }> {
  requireWithinReach(caller, req.warehouses);
  requireGoodPassword(req.password, req.username);
  const passwordHash = await hashPassword(req.password);
  const id = randomUUID();
  const at = Date.now();
  const versions = await store.write(async (trx) => {
    await requireWarehousesExist(trx, req.warehouses);
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', req.username)
      .executeTakeFirst();
    if (taken)
      throw new ApiError(409, ErrorCode.CONFLICT, `The user name ${req.username} is taken`);
    await trx
      .insertInto('users')
      .values({
        id,
        username: req.username,
        name: req.name,
        password_hash: passwordHash,
        roles: JSON.stringify([...new Set(req.roles)]),
        active: 1,
        created_at: at,
        must_change_password: 1,
        deactivated_at: null,
      })
      .execute();
    for (const w of new Set(req.warehouses))
      await trx.insertInto('user_warehouses').values({ user_id: id, warehouse_id: w }).execute();
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'user-create',
      targetKind: 'user',
      target: id,
      reason: null,
      data: {
        username: req.username,
        name: req.name,
        roles: req.roles,
        warehouses: req.warehouses,
      },
      warehouses: req.warehouses,
    });
    return publishName(store, trx, { id, name: req.name }, [...new Set(req.warehouses)]);
  });
  await notifyAll(store, versions);
  return { id };
}

export async function editUser(
  store: Store,
  caller: UserInfo,
  id: string,
  req: EditUserRequest,
): Promise<void> {
  const target = await loadUser(store.db, id);
  if (!target) throw notFound(id);
  requireWithinReach(caller, target.warehouseIds);
  if (req.warehouses) requireWithinReach(caller, req.warehouses);
  if (req.roles && !req.roles.includes(Role.admin) && target.roles.includes(Role.admin))
    requireNotSelf(caller, id, 'remove the admin role from');
  if (req.warehouses && caller.id === id) {
    const dropped = target.warehouseIds.filter((w) => !req.warehouses!.includes(w));
    if (dropped.length) requireNotSelf(caller, id, 'remove a warehouse from');
  }
  const at = Date.now();
  const versions = await store.write(async (trx) => {
    const changed: Record<string, unknown> = {};
    const set: { name?: string; roles?: string } = {};
    if (req.name !== undefined && req.name !== target.name) {
      set.name = req.name;
      changed['name'] = { from: target.name, to: req.name };
    }
    if (req.roles) {
      const roles = [...new Set(req.roles)];
      set.roles = JSON.stringify(roles);
      changed['roles'] = { from: target.roles, to: roles };
    }
    if (Object.keys(set).length)
      await trx.updateTable('users').set(set).where('id', '=', id).execute();
    let added: string[] = [];
    if (req.warehouses) {
      const next = [...new Set(req.warehouses)];
      await requireWarehousesExist(trx, next);
      added = next.filter((w) => !target.warehouseIds.includes(w));
      const removed = target.warehouseIds.filter((w) => !next.includes(w));
      if (removed.length)
        await trx
          .deleteFrom('user_warehouses')
          .where('user_id', '=', id)
          .where('warehouse_id', 'in', removed)
          .execute();
      for (const w of added)
        await trx.insertInto('user_warehouses').values({ user_id: id, warehouse_id: w }).execute();
      changed['warehouses'] = { from: target.warehouseIds, to: next };
    }
    const touched = [...new Set([...target.warehouseIds, ...(req.warehouses ?? [])])];
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'user-edit',
      targetKind: 'user',
      target: id,
      reason: null,
      data: { username: target.username, ...changed },
      warehouses: touched,
    });
    const name = set.name ?? target.name;
    const current = req.warehouses ? [...new Set(req.warehouses)] : target.warehouseIds;
    return publishName(store, trx, { id, name }, set.name ? current : added);
  });
  await notifyAll(store, versions);
}
