// Ending and restoring a user's access. Deactivating ends every session at once (the phone is
// poked and told at its next sync); a password reset ends them too and makes the user choose a
// new password at the next sign-in; unlocking forgets failed sign-ins. Each is audited.
import { ErrorCode } from '#core/errors.ts';
import { clearUserThrottle } from '../auth/login-throttle.ts';
import { hashPassword } from '../auth/password.ts';
import { loadUser, type UserInfo } from '../auth/users.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store, Trx } from '../store/store.ts';
import { auditAdmin } from './audit-admin.ts';
import { requireGoodPassword } from './password-rule.ts';
import { canSee, requireNotSelf, requireWithinReach } from './scope.ts';

async function target(store: Store, id: string): Promise<UserInfo> {
  const u = await loadUser(store.db, id);
  if (!u) throw new ApiError(404, ErrorCode.NOT_FOUND, `No user ${id}`);
  return u;
}

async function endSessions(trx: Trx, userId: string, at: number): Promise<number> {
  const ended = await trx
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(ended.numUpdatedRows);
}

/** Bumps each warehouse's version so its devices' event streams poke them to sync now. */
async function pokeWarehouses(store: Store, trx: Trx, warehouses: readonly string[]) {
  const versions: [string, number][] = [];
  for (const w of warehouses) versions.push([w, await store.nextVersion(trx, w)]);
  return versions;
}

export async function deactivateUser(
  store: Store,
  caller: UserInfo,
  id: string,
  reason: string,
): Promise<{ sessionsEnded: number }> {
  requireNotSelf(caller, id, 'deactivate');
  const u = await target(store, id);
  requireWithinReach(caller, u.warehouseIds);
  if (!u.active) throw new ApiError(409, ErrorCode.CONFLICT, `${u.username} is already inactive`);
  const at = Date.now();
  const { sessionsEnded, versions } = await store.write(async (trx) => {
    await trx
      .updateTable('users')
      .set({ active: 0, deactivated_at: at })
      .where('id', '=', id)
      .execute();
    const sessionsEnded = await endSessions(trx, id, at);
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'user-deactivate',
      targetKind: 'user',
      target: id,
      reason,
      data: { username: u.username, sessionsEnded },
      warehouses: u.warehouseIds,
    });
    return { sessionsEnded, versions: await pokeWarehouses(store, trx, u.warehouseIds) };
  });
  for (const [w, v] of versions) await store.notify(w, v);
  return { sessionsEnded };
}

export async function reactivateUser(
  store: Store,
  caller: UserInfo,
  id: string,
  reason: string,
): Promise<void> {
  const u = await target(store, id);
  requireWithinReach(caller, u.warehouseIds);
  if (u.active) throw new ApiError(409, ErrorCode.CONFLICT, `${u.username} is already active`);
  const at = Date.now();
  await store.write(async (trx) => {
    // Sessions ended by the deactivation stay ended: the user signs in afresh.
    await trx
      .updateTable('users')
      .set({ active: 1, deactivated_at: null })
      .where('id', '=', id)
      .execute();
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'user-reactivate',
      targetKind: 'user',
      target: id,
      reason,
      data: { username: u.username },
      warehouses: u.warehouseIds,
    });
  });
}

export async function resetPassword(
  store: Store,
  caller: UserInfo,
  id: string,
  password: string,
): Promise<{ sessionsEnded: number }> {
  const u = await target(store, id);
  requireWithinReach(caller, u.warehouseIds);
  requireGoodPassword(password, u.username);
  const hash = await hashPassword(password);
  const at = Date.now();
  const sessionsEnded = await store.write(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: caller.id === id ? 0 : 1 })
      .where('id', '=', id)
      .execute();
    const ended = await endSessions(trx, id, at);
    // In the same transaction: nothing that can fail runs after the reset committed.
    await clearUserThrottle(trx, u.username);
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'user-reset-password',
      targetKind: 'user',
      target: id,
      reason: null,
      data: { username: u.username, sessionsEnded: ended },
      warehouses: u.warehouseIds,
    });
    return ended;
  });
  return { sessionsEnded };
}

export async function unlockUser(store: Store, caller: UserInfo, id: string): Promise<void> {
  const u = await target(store, id);
  if (!canSee(caller, u.warehouseIds))
    throw new ApiError(403, ErrorCode.NOT_IN_WAREHOUSE, 'This user is not in your warehouses');
  const at = Date.now();
  await store.write(async (trx) => {
    await clearUserThrottle(trx, u.username);
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'user-unlock',
      targetKind: 'user',
      target: id,
      reason: null,
      data: { username: u.username },
      warehouses: u.warehouseIds.filter((w) => caller.warehouseIds.includes(w)),
    });
  });
}
