// A supervisor names a device ("Dock scanner 2") so two rows of the same picker can be told
// apart. The name is the console's, kept apart from the row sync writes; setting it is audited.
import { sql } from 'kysely';
import { ErrorCode } from '#core/errors.ts';
import { ApiError } from '../http/api-error.ts';
import type { Store } from '../store/store.ts';
import { audit } from './audit.ts';
import { deviceReported } from './bus.ts';

export async function labelDevice(
  store: Store,
  warehouseId: string,
  deviceId: string,
  by: string,
  label: string,
): Promise<{ deviceId: string; label: string; auditId: string }> {
  const result = await store.write(async (trx) => {
    const d = await trx
      .selectFrom('devices as d')
      .leftJoin('device_labels as l', 'l.device_id', 'd.id')
      .select(['d.id', 'l.label'])
      .where('d.id', '=', deviceId)
      .where('d.warehouse_id', '=', warehouseId)
      .executeTakeFirst();
    if (!d) throw new ApiError(404, ErrorCode.NOT_FOUND, `No device ${deviceId} in ${warehouseId}`);
    const at = Date.now();
    await sql`
      insert into device_labels (device_id, label, set_by, set_at)
      values (${deviceId}, ${label}, ${by}, ${at})
      on conflict (device_id) do update set label = excluded.label, set_by = excluded.set_by,
        set_at = excluded.set_at`.execute(trx);
    const auditId = await audit(trx, {
      warehouseId,
      by,
      at,
      action: 'label-device',
      targetKind: 'device',
      target: deviceId,
      reason: null,
      data: { label, previously: d.label ?? null },
    });
    return { deviceId, label, auditId };
  });
  deviceReported(warehouseId, deviceId);
  return result;
}
