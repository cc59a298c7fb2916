// Revoking from the console: a lost or stolen device (its sessions end and it can no longer
// push or pull), or every session of a user. Ops the device already pushed stay applied.
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/store.ts';
import { audit } from './audit.ts';

export async function revokeDevice(
  store: Store,
  warehouseId: string,
  deviceId: string,
  by: string,
  reason: string,
): Promise<{ deviceId: string; sessionsRevoked: number; auditId: string }> {
  return store.write(async (trx) => {
    const d = await trx
      .selectFrom('devices')
      .select(['id', 'revoked_at'])
      .where('id', '=', deviceId)
      .where('warehouse_id', '=', warehouseId)
      .executeTakeFirst();
    if (!d) throw new ApiError(404, ErrorCode.NOT_FOUND, `No device ${deviceId} in ${warehouseId}`);
    if (d.revoked_at !== null) throw new ApiError(409, ErrorCode.CONFLICT, 'Already revoked');
    const at = Date.now();
    await trx.updateTable('devices').set({ revoked_at: at }).where('id', '=', deviceId).execute();
    const ended = await trx
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('device_id', '=', deviceId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    const sessionsRevoked = Number(ended.numUpdatedRows);
    const auditId = await audit(trx, {
      warehouseId,
      by,
      at,
      action: 'revoke-device',
      targetKind: 'device',
      target: deviceId,
      reason,
      data: { sessionsRevoked },
    });
    return { deviceId, sessionsRevoked, auditId };
  });
}

export async function revokeUserSessions(
  store: Store,
  warehouseId: string,
  userId: string,
  by: string,
  reason: string,
): Promise<{ userId: string; sessionsRevoked: number; auditId: string }> {
  return store.write(async (trx) => {
    const member = await trx
      .selectFrom('user_warehouses')
      .select('user_id')
      .where('user_id', '=', userId)
      .where('warehouse_id', '=', warehouseId)
      .executeTakeFirst();
    if (!member)
      throw new ApiError(404, ErrorCode.NOT_FOUND, `No user ${userId} in ${warehouseId}`);
    const at = Date.now();
    const ended = await trx
      .updateTable('sessions')
      .set({ revoked_at: at })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    const sessionsRevoked = Number(ended.numUpdatedRows);
    const auditId = await audit(trx, {
      warehouseId,
      by,
      at,
      action: 'revoke-sessions',
      targetKind: 'user',
      target: userId,
      reason,
      data: { sessionsRevoked },
    });
    return { userId, sessionsRevoked, auditId };
  });
}
