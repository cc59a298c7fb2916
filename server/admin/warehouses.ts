// Creating and renaming warehouses. The administrator who creates one becomes its first member,
// so they can add its people; a warehouse is never deleted (its history names it).
import type { AdminWarehouse } from '#core/admin.ts';
import { ErrorCode } from '#core/errors.ts';
import type { UserInfo } from '../auth/users.ts';
import { requireWarehouse } from '../auth/guard.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store, Trx } from '../store/store.ts';
import { auditAdmin } from './audit-admin.ts';

export async function listWarehouses(store: Store, caller: UserInfo): Promise<AdminWarehouse[]> {
  if (!caller.warehouseIds.length) return [];
  return store.db
    .selectFrom('warehouses')
    .select(['id', 'name'])
    .where('id', 'in', caller.warehouseIds)
    .orderBy('id')
    .execute();
}

/** Inserts a warehouse at version 1, so a device's first pull of it has something to stand on. */
export async function insertWarehouse(trx: Trx, id: string, name: string): Promise<void> {
  const exists = await trx
    .selectFrom('warehouses')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  if (exists) throw new ApiError(409, ErrorCode.CONFLICT, `Warehouse ${id} already exists`);
  await trx.insertInto('warehouses').values({ id, name, version: 1 }).execute();
}

export async function createWarehouse(
  store: Store,
  caller: UserInfo,
  w: AdminWarehouse,
): Promise<AdminWarehouse> {
  const at = Date.now();
  await store.write(async (trx) => {
    await insertWarehouse(trx, w.id, w.name);
    await trx
      .insertInto('user_warehouses')
      .values({ user_id: caller.id, warehouse_id: w.id })
      .execute();
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'warehouse-create',
      targetKind: 'warehouse',
      target: w.id,
      reason: null,
      data: { name: w.name },
      warehouses: [w.id],
    });
  });
  return w;
}

export async function renameWarehouse(
  store: Store,
  caller: UserInfo,
  id: string,
  name: string,
): Promise<AdminWarehouse> {
  requireWarehouse(caller, id);
  const at = Date.now();
  await store.write(async (trx) => {
    const before = await trx
      .selectFrom('warehouses')
      .select('name')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!before) throw new ApiError(404, ErrorCode.NOT_FOUND, `No warehouse ${id}`);
    await trx.updateTable('warehouses').set({ name }).where('id', '=', id).execute();
    await auditAdmin(trx, {
      by: caller.id,
      at,
      action: 'warehouse-rename',
      targetKind: 'warehouse',
      target: id,
      reason: null,
      data: { from: before.name, to: name },
      warehouses: [id],
    });
  });
  return { id, name };
}
